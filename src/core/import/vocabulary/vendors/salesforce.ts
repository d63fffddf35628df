/**
 * Salesforce exports: Data Loader writes API names (upper case: "NAME", "BILLINGSTREET"), reports write
 * labels ("Account Name", "Mailing City"). An Account's "Name" is the company; ID columns (Id, OwnerId,
 * JigsawCompanyId) never are; "Site" is the account's location label, not its website.
 */
import type { ImportTarget } from '../../targets';
import type { VendorShape } from '../vendor-shape';

const ids: Record<string, null> = {
  id: null, ownerid: null, accountid: null, masterrecordid: null, parentid: null, jigsawcompanyid: null, jigsawcontactid: null, jigsaw: null,
  createdbyid: null, lastmodifiedbyid: null, reportstoid: null, convertedaccountid: null, convertedcontactid: null, isdeleted: null,
  site: null, accountnumber: null, sic: null, tickersymbol: null, photourl: null, recordtypeid: null, dandbcompanyid: null,
};

const billing: Record<string, ImportTarget | null> = {
  billingstreet: 'street', billingcity: 'city', billingstate: 'region', billingpostalcode: 'postalCode', billingcountry: 'country',
  shippingstreet: null, shippingcity: null, shippingstate: null, shippingpostalcode: null, shippingcountry: null,
};

export const SALESFORCE_SHAPES: readonly VendorShape[] = [
  {
    id: 'salesforce-account',
    name: 'Salesforce Account',
    signature: ['name', 'billingstreet', 'billingcity', 'billingpostalcode', 'website'],
    columns: { ...ids, ...billing, name: 'companyName', type: null, description: 'notes', ownership: null },
  },
  {
    id: 'salesforce-account-report',
    name: 'Salesforce Account',
    signature: ['accountname', 'billingstreet', 'billingcity', 'billingzippostalcode'],
    columns: { ...ids, accountid: null, billingstreet: 'street', billingcity: 'city', billingzippostalcode: 'postalCode', billingstateprovince: 'region',
      billingcountry: 'country', accountowner: 'owner', type: null },
  },
  {
    id: 'salesforce-lead',
    name: 'Salesforce Lead',
    signature: ['lastname', 'firstname', 'company', 'leadsource', 'status', 'isconverted'],
    columns: { ...ids, name: 'fullName', company: 'companyName', title: 'role', street: 'street', state: 'region', mobilephone: 'mobile',
      isconverted: null, status: null, rating: null },
  },
  {
    id: 'salesforce-contact',
    name: 'Salesforce Contact',
    signature: ['lastname', 'firstname', 'accountid', 'mailingstreet', 'mailingcity'],
    columns: { ...ids, name: 'fullName', title: 'role', mailingstreet: 'street', mailingcity: 'city', mailingstate: 'region',
      mailingpostalcode: 'postalCode', mailingcountry: 'country', mobilephone: 'mobile', homephone: null, otherphone: null, assistantphone: null,
      otherstreet: null, othercity: null, otherstate: null, otherpostalcode: null, othercountry: null, department: null, assistantname: null },
  },
  {
    id: 'salesforce-contact-report',
    name: 'Salesforce Contact',
    signature: ['contactid', 'firstname', 'lastname', 'accountname', 'title'],
    columns: { ...ids, contactid: null, accountname: 'companyName', title: 'role', contactowner: 'owner', mailingstateprovince: 'region',
      mailingzippostalcode: 'postalCode' },
  },
];
