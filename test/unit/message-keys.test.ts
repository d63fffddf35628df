/**
 * The i18n key type comes from the English catalog: these assertions are checked by `npm run
 * typecheck` (a key type loosened to string, or a code without its message, fails it).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ErrorCode } from '../../src/core/errors';
import type { MatchReason } from '../../src/core/lead/match';
import type { LeadField, Stage } from '../../src/core/lead/types';
import type { KeyPart, MessageKey } from '../../src/shared/message-keys';
import { keyPart } from '../../src/shared/message-keys';

describe('message keys', () => {
  it('are exactly the catalog\'s keys', () => {
    expectTypeOf<'createLead'>().toExtend<MessageKey>();
    expectTypeOf<'noSuchKey'>().not.toExtend<MessageKey>();
    expectTypeOf<string>().not.toExtend<MessageKey>();
  });

  it('cover every error code, field, stage and match reason', () => {
    expectTypeOf<`err_${KeyPart<ErrorCode>}`>().toExtend<MessageKey>();
    expectTypeOf<`field_${LeadField}`>().toExtend<MessageKey>();
    expectTypeOf<`stage_${KeyPart<Stage>}`>().toExtend<MessageKey>();
    expectTypeOf<`match_${KeyPart<MatchReason>}`>().toExtend<MessageKey>();
  });

  it('spell ids the way the catalog does', () => {
    expect(keyPart('needs-research')).toBe('needs_research');
    expectTypeOf(keyPart('crm-rate-limited')).toEqualTypeOf<'crm_rate_limited'>();
  });
});
