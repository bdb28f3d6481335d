import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../src/errors.ts';
import { boardKey } from '../../src/trello/board-ref.ts';
import { createRedactor } from '../../src/trello/errors.ts';
import { capText, TRELLO_TEXT_LIMIT } from '../../src/trello/limits.ts';

describe('board references', () => {
  it('accepts an id, a shortLink, a Trello URL and an emulator URL', () => {
    assert.equal(boardKey('5f1e2d3c4b5a697887766554'), '5f1e2d3c4b5a697887766554');
    assert.equal(boardKey(' AbCd1234 '), 'AbCd1234');
    assert.equal(boardKey('https://trello.com/b/AbCd1234/weekly-status'), 'AbCd1234');
    assert.equal(boardKey('https://trello.com/b/AbCd1234'), 'AbCd1234');
    assert.equal(boardKey('http://127.0.0.1:4000/b/Zz9Yy8Xx'), 'Zz9Yy8Xx');
  });

  it('refuses anything else with the accepted forms', () => {
    for (const bad of ['', 'my board', 'https://trello.com/c/AbCd1234/12-card', 'abc']) {
      assert.throws(
        () => boardKey(bad),
        (error: unknown) => error instanceof ConfigError && /shortLink/.test(error.message),
      );
    }
  });
});

describe('text limit', () => {
  it('keeps text within the limit as it is', () => {
    assert.equal(capText('short'), 'short');
    assert.equal(capText('x'.repeat(TRELLO_TEXT_LIMIT)).length, TRELLO_TEXT_LIMIT);
  });

  it('cuts longer text without splitting a surrogate pair', () => {
    assert.equal(capText('x'.repeat(20_000)).length, TRELLO_TEXT_LIMIT);
    const emojiAtEdge = `${'x'.repeat(TRELLO_TEXT_LIMIT - 1)}😀tail`;
    assert.equal(capText(emojiAtEdge), 'x'.repeat(TRELLO_TEXT_LIMIT - 1));
  });
});

describe('redaction', () => {
  it('removes secrets, raw or URL-encoded', () => {
    const redact = createRedactor(['k3y', 'to/ken+1', '']);
    assert.equal(redact('a k3y b to/ken+1 c to%2Fken%2B1'), 'a [redacted] b [redacted] c [redacted]');
  });
});
