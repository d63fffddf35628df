/**
 * The idempotency key of one push: derived from the connection, the lead and the lead's version
 * (its updatedAt), so every retry of the same version carries the same key (even when the outbox row
 * was written again, by a restarted worker or a re-enqueue) and the next version a different one.
 * Receivers deduplicate on it: the Standard Webhooks `webhook-id` is this key.
 */
import { stableHash } from '../text/stable-hash';

const SAFE = /^[\w.-]{1,100}$/;

/**
 * "msg_<lead id>_<version>_<hash>": readable in a receiver's log, safe in a header; the hash covers the
 * connection, so two connections never share a key.
 */
export function idempotencyKey(connectionId: string, leadId: string, version: number): string {
  const id = SAFE.test(leadId) ? leadId : stableHash(leadId);
  return `msg_${id}_${version.toString(36)}_${stableHash(`${connectionId}\u0000${leadId}\u0000${version}`)}`;
}
