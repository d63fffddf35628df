/** Two small import batches of different quality, for the report's tests in Chromium and Firefox; figures counted by hand in each test. */
const HEADER = 'Company,Website,Phone,Email,Street,Zip,City,First name,Last name,Campaign';

export const FAIR_CAMPAIGN = 'Spring fair';
export const WEB_CAMPAIGN = 'Web form';

/** Complete, reachable leads from a trade fair; one lacks its street. */
export const FAIR_CSV = [
  HEADER,
  'Kesselwerk Nord GmbH,https://www.kesselwerk-nord.de,089 1234567,jana.brueckner@kesselwerk-nord.de,Am Hafenkai 12,28217,Bremen,Jana,Brückner,Spring fair',
  'Lichtblick Optik GmbH,lichtblick-optik.de,030 22508000,info@lichtblick-optik.de,Torstraße 5,10119,Berlin,Mira,Sandner,Spring fair',
  'Ostermann & Partner,ostermann-partner.de,040 30300000,info@ostermann-partner.de,,20095,Hamburg,Tom,Ostermann,Spring fair',
].join('\n');

/** A web form: an invented lead, a free-mail address, and the fair's first company again. */
export const WEB_CSV = [
  HEADER,
  'privat,,0123456789,max@mailinator.com,,,,Max,Mustermann,Web form',
  'Holzbau Kern GmbH,,0761 2025550,holzbau.kern@gmail.com,Mühlweg 3,79098,Freiburg,Eva,Kern,Web form',
  'Kesselwerk Nord GmbH,kesselwerk-nord.de,,info@kesselwerk-nord.de,,,Bremen,,,Web form',
].join('\n');
