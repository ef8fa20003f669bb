import { describe, expect, it } from 'vitest';
import { validateRequest } from '@/utils/protocol/validate-request';
import { MESSAGE_LIMITS } from '@/utils/protocol/messages';

const page = { url: 'https://example.org/a' };

describe('background message validation', () => {
  it('accepts a well-formed scan', () => {
    expect(validateRequest({ type: 'scan', page, blocks: [{ id: 0, text: 'hello' }] }).ok).toBe(true);
  });

  it.each([
    [null, /without a type/],
    [{ type: 'dropDatabase' }, /unknown message type/],
    [{ type: 'scan', page, blocks: 'x' }, /blocks must be a list/],
    [{ type: 'scan', page, blocks: [{ id: 'a', text: 1 }] }, /block 0/],
    [{ type: 'scan', page: { url: 'x'.repeat(MESSAGE_LIMITS.maxUrlLength + 1) }, blocks: [] }, /url too long/],
    [{ type: 'scan', page, blocks: [{ id: 0, text: 'x'.repeat(MESSAGE_LIMITS.maxBlockLength + 1) }] }, /longer than/],
    [{ type: 'getCard', page, claimId: '' }, /claimId/],
    [{ type: 'setSiteState', host: 'a.org', enabled: 'yes' }, /bad host or flag/],
  ])('refuses %j with a message saying what is wrong', (raw, message) => {
    const r = validateRequest(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses too many blocks', () => {
    const blocks = Array.from({ length: MESSAGE_LIMITS.maxBlocks + 1 }, (_, id) => ({ id, text: 'a' }));
    expect(validateRequest({ type: 'scan', page, blocks }).ok).toBe(false);
  });
});
