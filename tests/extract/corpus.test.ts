// The labelled corpus of the contract (../shared/corpus/expected.jsonl): zero disagreements in any field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithLabels, readLabels } from './labelled.ts';

test('extraction agrees with every label of ../shared/corpus/expected.jsonl, in every field and report date', async () => {
  const labels = readLabels('expected.jsonl');
  // The labels themselves (../shared/corpus/README.md): a changed label file is noticed.
  assert.equal(labels.length, 32);
  assert.equal(labels.flatMap((file) => file.items).length, 168);
  const { disagreements, items } = await compareWithLabels(labels);
  assert.deepEqual(disagreements, [], `disagreements with the labels:\n${disagreements.join('\n')}`);
  assert.equal(items, 168, 'as many items found as labelled');
});
