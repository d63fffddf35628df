import { LeadfillDb } from './schema';

/** The extension's single database handle (extension origin: never importable from the content script). */
export const db = new LeadfillDb();
