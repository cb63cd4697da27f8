import { MAX_BODY_BYTES } from '../../local/db/server';
import { rawPost, startTestDb, type TestDb } from './harness';

let t: TestDb;
beforeAll(async () => (t = await startTestDb()));
afterAll(() => t.close());

const expectError = (reply: Record<string, unknown>, code: string) => {
  expect(reply).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
  expect(reply.data).toBeUndefined();
};

it('answers a body that is not JSON with an error envelope and HTTP 200', async () => {
  expectError(await rawPost(t.emulator, '{"action": "database.getDocument",'), 'INVALID_PARAM');
  expectError(await rawPost(t.emulator, '[1,2]'), 'INVALID_PARAM');
  expectError(await rawPost(t.emulator, '{"no":"action"}'), 'INVALID_PARAM');
});

it('answers an unknown action', async () => {
  expectError(await rawPost(t.emulator, { action: 'database.dropEverything' }), 'INVALID_ACTION');
});

it('answers invalid EJSON in a query, an update and an insert', async () => {
  expectError(
    await rawPost(t.emulator, { action: 'database.getDocument', collectionName: 'teams', queryType: 'WHERE', query: '{"a":' }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, {
      action: 'database.getDocument',
      collectionName: 'teams',
      queryType: 'WHERE',
      query: '{"a":{"$date":"not a date"}}',
    }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, {
      action: 'database.modifyDocument',
      collectionName: 'teams',
      queryType: 'WHERE',
      query: '{}',
      data: '"just a string"',
    }),
    'INVALID_PARAM',
  );
  expectError(await rawPost(t.emulator, { action: 'database.insertDocument', collectionName: 'teams', data: ['[1]'] }), 'INVALID_PARAM');
});

it('answers a query operator mingo does not know, a bad regex and a bad limit', async () => {
  expectError(
    await rawPost(t.emulator, { action: 'database.getDocument', collectionName: 'teams', queryType: 'WHERE', query: '{"a":{"$nope":1}}' }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, {
      action: 'database.calculateDocument',
      collectionName: 'teams',
      queryType: 'WHERE',
      query: '{"$where":"1"}',
    }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, {
      action: 'database.getDocument',
      collectionName: 'teams',
      queryType: 'WHERE',
      query: '{"a":{"$regularExpression":{"pattern":"(","options":""}}}',
    }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, { action: 'database.getDocument', collectionName: 'teams', queryType: 'WHERE', limit: -1 }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, { action: 'database.getDocument', collectionName: 'teams', queryType: 'WHERE', order: '{"a":2}' }),
    'INVALID_PARAM',
  );
});

it('refuses a document over 512 KB, on insert and on update', async () => {
  const big = 'x'.repeat(600 * 1024);
  await expect(t.db.collection('teams').add({ big })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  const { id } = await t.db.collection('teams').add({ small: 1 });
  await expect(t.db.collection('teams').doc(id).update({ big })).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  expect((await t.db.collection('teams').doc(id).get()).data[0].big).toBeUndefined();
});

it('refuses an update that would change _id or mixes operators with fields', async () => {
  await t.db.collection('teams').add({ _id: 'fixed' });
  expectError(
    await rawPost(t.emulator, {
      action: 'database.modifyDocument',
      collectionName: 'teams',
      queryType: 'DOC',
      query: '{"_id":"fixed"}',
      data: '{"$set":{"_id":"other"}}',
    }),
    'INVALID_PARAM',
  );
  expectError(
    await rawPost(t.emulator, {
      action: 'database.modifyDocument',
      collectionName: 'teams',
      queryType: 'DOC',
      query: '{"_id":"fixed"}',
      data: '{"$set":{"a":1},"b":2}',
    }),
    'INVALID_PARAM',
  );
});

it('answers an oversized request body without buffering it or hanging', async () => {
  const reply = await rawPost(
    t.emulator,
    JSON.stringify({ action: 'database.insertDocument', collectionName: 'teams', data: ['"' + 'y'.repeat(MAX_BODY_BYTES) + '"'] }),
  );
  expectError(reply, 'INVALID_PARAM');
});

it('answers an unknown or expired transaction id', async () => {
  expectError(await rawPost(t.emulator, { action: 'database.commitTransaction', transactionId: 'nope' }), 'DATABASE_TRANSACTION_FAIL');
  expectError(
    await rawPost(t.emulator, {
      action: 'database.getDocument',
      collectionName: 'teams',
      queryType: 'DOC',
      query: '{"_id":"fixed"}',
      transactionId: { $gt: '' },
    }),
    'DATABASE_TRANSACTION_FAIL',
  );
});

it('keeps serving after all of the above', async () => {
  expect((await t.db.collection('teams').doc('fixed').get()).data).toHaveLength(1);
});
