import type { Request, Responses } from '../shared/messages';

/** One async function per request type, each receiving its validated request. */
export type Handlers = { [T in Request['type']]: (req: Extract<Request, { type: T }>) => Promise<Responses[T]> };
