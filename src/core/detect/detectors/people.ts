import type { Detector } from '../detector';

// TODO [2026-11-28]: replaced by the real detector in this change set.
export const peopleDetector: Detector = {
  id: 'people',
  detect: () => [],
};
