/** The detectors in the order they run: later ones may read what earlier ones found. */
import type { Detector } from '../detector';
import { emailsDetector } from './emails';
import { phonesDetector } from './phones';

export const detectors: readonly Detector[] = [phonesDetector, emailsDetector];
