/** The detectors in the order they run: later ones may read what earlier ones found. */
import type { Detector } from '../detector';
import { addressDetector } from './address';
import { companyDetector } from './company';
import { emailsDetector } from './emails';
import { peopleDetector } from './people';
import { phonesDetector } from './phones';
import { registerDetector } from './register';
import { socialsDetector } from './socials';
import { vatIdDetector } from './vat-id';
import { websiteDetector } from './website';

export const detectors: readonly Detector[] = [
  // The address first: its country is the default for phone numbers written without +prefix.
  addressDetector,
  phonesDetector,
  emailsDetector,
  websiteDetector,
  socialsDetector,
  vatIdDetector,
  registerDetector,
  companyDetector,
  peopleDetector,
];
