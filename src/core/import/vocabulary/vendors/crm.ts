/**
 * HubSpot, Pipedrive, Zoho CRM and Dynamics 365 exports. HubSpot writes "Record ID" first and names
 * the company "Company name" (companies) or "Associated company" (contacts); Pipedrive prefixes every
 * column with its object ("Person - Email (Work)"); Zoho calls the job title "Designation"; Dynamics
 * starts with hidden "(Do Not Modify)" key columns and calls the company "Company Name".
 */
import type { VendorShape } from '../vendor-shape';

export const CRM_SHAPES: readonly VendorShape[] = [
  {
    id: 'hubspot-companies',
    name: 'HubSpot companies',
    signature: ['recordid', 'companyname', 'companydomainname', 'companyowner'],
    columns: { recordid: null, companyname: 'companyName', companydomainname: 'website', websiteurl: 'website', companyowner: 'owner',
      stateregion: 'region', countryregion: 'country', associatedcontacts: null, associatedcontactids: null, linkedincompanypage: 'profileUrl',
      name: 'companyName' },
  },
  {
    id: 'hubspot-contacts',
    name: 'HubSpot contacts',
    signature: ['recordid', 'firstname', 'lastname', 'email', 'contactowner'],
    columns: { recordid: null, associatedcompany: 'companyName', companyname: 'companyName', associatedcompanyid: null, contactowner: 'owner',
      mobilephonenumber: 'mobile', stateregion: 'region', countryregion: 'country', leadstatus: null, lifecyclestage: null },
  },
  {
    id: 'pipedrive-persons',
    name: 'Pipedrive persons',
    signature: ['personname', 'personemailwork', 'personorganization'],
    columns: { personid: null, personname: 'fullName', personfirstname: 'firstName', personlastname: 'lastName', personemailwork: 'email',
      personemailhome: 'personEmail', personemailother: 'email', personemail: 'email', personphonework: 'phone', personphone: 'phone',
      personphonemobile: 'mobile', personphonehome: null, personphoneother: null, personjobtitle: 'role', personorganization: 'companyName',
      personorganizationid: null, personowner: 'owner', personlabel: null, organizationname: 'companyName', organizationaddress: 'address' },
  },
  {
    id: 'pipedrive-organizations',
    name: 'Pipedrive organizations',
    signature: ['organizationname', 'organizationaddress', 'organizationowner'],
    columns: { organizationid: null, organizationname: 'companyName', organizationaddress: 'address', organizationwebsite: 'website',
      organizationowner: 'owner', organizationlabel: null, organizationpeoplecount: null },
  },
  {
    id: 'zoho-leads',
    name: 'Zoho CRM leads',
    signature: ['leadowner', 'company', 'firstname', 'lastname', 'designation', 'leadsource'],
    columns: { recordid: null, leadid: null, leadowner: 'owner', company: 'companyName', designation: 'role', leadstatus: null,
      secondaryemail: 'email', skypeid: null, twitter: null, emailoptout: null, noofemployees: null, annualrevenue: null },
  },
  {
    id: 'zoho-contacts',
    name: 'Zoho CRM contacts',
    signature: ['contactid', 'contactowner', 'accountname', 'mailingstreet', 'mailingzip'],
    columns: { contactid: null, contactowner: 'owner', accountname: 'companyName', title: 'role', secondaryemail: 'email', mailingstreet: 'street',
      mailingcity: 'city', mailingstate: 'region', mailingzip: 'postalCode', mailingcountry: 'country', otherstreet: null, othercity: null },
  },
  {
    id: 'zoho-accounts',
    name: 'Zoho CRM accounts',
    signature: ['accountid', 'accountowner', 'accountname', 'billingstreet', 'billingcode'],
    columns: { accountid: null, recordid: null, accountowner: 'owner', accountname: 'companyName', billingstreet: 'street', billingcity: 'city',
      billingstate: 'region', billingcode: 'postalCode', billingcountry: 'country', shippingstreet: null, shippingcity: null, shippingcode: null,
      parentaccount: null, accountnumber: null },
  },
  {
    id: 'dynamics-365',
    name: 'Dynamics 365',
    signature: ['companyname', 'businessphone', 'address1city', 'address1zippostalcode'],
    columns: { donotmodifylead: null, donotmodifycontact: null, donotmodifyaccount: null, donotmodifyrowchecksum: null, donotmodifymodifiedon: null,
      contact: null, lead: null, account: null, topic: null, companyname: 'companyName', accountname: 'companyName', fullname: 'fullName',
      name: 'fullName', businessphone: 'phone', mainphone: 'phone', address1street1: 'street', address1street2: null, address1city: 'city',
      address1stateprovince: 'region', address1zippostalcode: 'postalCode', address1countryregion: 'country', statusreason: null },
  },
];
