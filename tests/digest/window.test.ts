import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveWindow } from '../../src/digest/index.ts';
import { UsageError } from '../../src/errors.ts';

const now = new Date('2025-01-13T09:30:00.000Z');
const base = { now, lastDigestTo: null, timeZone: 'UTC' };

describe('the digest period from --since and --until', () => {
  it('since last: from the end of the previous digest written, or a week back when there is none', () => {
    assert.deepEqual(resolveWindow({ ...base, lastDigestTo: '2025-01-06T07:00:00.000Z' }), {
      from: '2025-01-06T07:00:00.000Z',
      to: now.toISOString(),
    });
    assert.deepEqual(resolveWindow(base), { from: '2025-01-06T09:30:00.000Z', to: now.toISOString() });
  });

  it('a span counts back from the end; a date is that whole day in the time zone, until included', () => {
    assert.equal(resolveWindow({ ...base, since: '2d' }).from, '2025-01-11T09:30:00.000Z');
    assert.equal(resolveWindow({ ...base, since: '2w' }).from, '2024-12-30T09:30:00.000Z');
    assert.deepEqual(
      resolveWindow({ ...base, since: '2025-01-06', until: '2025-01-12', timeZone: 'Europe/Oslo' }),
      { from: '2025-01-05T23:00:00.000Z', to: '2025-01-12T23:00:00.000Z' },
    );
    assert.deepEqual(
      resolveWindow({ ...base, since: '2025-01-06T12:00:00Z', until: '2025-01-07T00:00:00Z' }),
      {
        from: '2025-01-06T12:00:00.000Z',
        to: '2025-01-07T00:00:00.000Z',
      },
    );
  });

  it('a period that is empty or a value that is no time is a usage error that says what to write', () => {
    assert.throws(() => resolveWindow({ ...base, since: '2025-01-14' }), UsageError);
    assert.throws(
      () => resolveWindow({ ...base, since: 'yesterday' }),
      (error: unknown) =>
        error instanceof UsageError &&
        /--since "yesterday" is no period start\. Fix: use "last"/.test(error.message),
    );
    assert.throws(() => resolveWindow({ ...base, since: '2025-02-30' }), /--since "2025-02-30"/);
    assert.throws(() => resolveWindow({ ...base, until: 'soon' }), /--until "soon" is no date/);
  });
});
