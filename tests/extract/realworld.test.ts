// The 25 real reports of other teams (../shared/corpus/realworld/expected.jsonl): zero disagreements in any field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithLabels, readLabels } from './labelled.ts';

test('extraction agrees with every label of ../shared/corpus/realworld/expected.jsonl, in every field and report date', async () => {
  const labels = readLabels('realworld/expected.jsonl');
  assert.equal(labels.length, 25);
  assert.equal(labels.flatMap((file) => file.items).length, 79);
  const { disagreements, items } = await compareWithLabels(labels);
  assert.deepEqual(disagreements, [], `disagreements with the labels:\n${disagreements.join('\n')}`);
  assert.equal(items, 79, 'as many items found as labelled');
});
