/**
 * Applies database/manifest.json (collections + unique/compound and 2dsphere indexes) to a real CloudBase
 * environment. @cloudbase/manager-node is not a dependency here, so this speaks the documented
 * TencentCloud API 3.0 directly (TC3-HMAC-SHA256): tcb:DescribeEnvs finds the database instance,
 * flexdb:DescribeTable / CreateTable / UpdateTable(CreateIndexes) bring it in line. It only adds:
 * an index that exists in the cloud but not in the manifest is reported, never dropped.
 *
 *   npx tsx scripts/apply-indexes.ts --dry-run            # print the plan, no network
 *   npx tsx scripts/apply-indexes.ts --dry-run --manifest other.json
 *   ENV_ID=… TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… [TENCENTCLOUD_REGION=ap-shanghai] \
 *     npx tsx scripts/apply-indexes.ts
 */
import { createHash, createHmac } from 'node:crypto';
import path from 'node:path';
import { loadManifest, type CollectionSpec } from '../local/db/manifest';

const DEFAULT_MANIFEST = path.resolve(__dirname, '..', 'database', 'manifest.json');

interface Credentials {
  secretId: string;
  secretKey: string;
  token?: string;
  region: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text).digest();

/** One signed TencentCloud API 3.0 call; throws with the API's own error code. */
const callApi = async (creds: Credentials, service: string, version: string, action: string, params: object) => {
  const host = `${service}.tencentcloudapi.com`;
  const body = JSON.stringify(params);
  const timestamp = Math.floor(Date.now() / 1000);
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const contentType = 'application/json; charset=utf-8';
  const canonical = [
    'POST',
    '/',
    '',
    `content-type:${contentType}\nhost:${host}\nx-tc-action:${action.toLowerCase()}\n`,
    'content-type;host;x-tc-action',
    sha256(body),
  ].join('\n');
  const scope = `${date}/${service}/tc3_request`;
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256(canonical)].join('\n');
  const signingKey = hmac(hmac(hmac(`TC3${creds.secretKey}`, date), service), 'tc3_request');
  const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
  const headers: Record<string, string> = {
    Authorization: `TC3-HMAC-SHA256 Credential=${creds.secretId}/${scope}, SignedHeaders=content-type;host;x-tc-action, Signature=${signature}`,
    'Content-Type': contentType,
    Host: host,
    'X-TC-Action': action,
    'X-TC-Timestamp': String(timestamp),
    'X-TC-Version': version,
    'X-TC-Region': creds.region,
  };
  if (creds.token) headers['X-TC-Token'] = creds.token;
  const reply = (await (await fetch(`https://${host}/`, { method: 'POST', headers, body })).json()) as {
    Response: { Error?: { Code: string; Message: string } } & Record<string, unknown>;
  };
  if (reply.Response.Error) {
    throw Object.assign(new Error(`${service}:${action} ${reply.Response.Error.Code} ${reply.Response.Error.Message}`), {
      code: reply.Response.Error.Code,
    });
  }
  return reply.Response;
};

/** One index as flexdb's UpdateTable creates it: Direction "1", "-1", or "2dsphere" for a geo index. */
interface CreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
}

/** Every index the manifest declares on a collection, ordered ones then 2dsphere ones, as the API takes them. */
const createIndexesOf = (collection: CollectionSpec): CreateIndex[] => [
  ...collection.indexes.map((index) => ({
    IndexName: index.name,
    MgoKeySchema: {
      MgoIndexKeys: index.keys.map(([field, direction]) => ({ Name: field, Direction: String(direction) })),
      MgoIsUnique: index.unique,
    },
  })),
  ...collection.geoIndexes.map((index) => ({
    IndexName: index.name,
    MgoKeySchema: { MgoIndexKeys: [{ Name: index.field, Direction: '2dsphere' }], MgoIsUnique: false },
  })),
];

const DIRECTION_WORDS: Record<string, string> = { '1': 'asc', '-1': 'desc', '2dsphere': '2dsphere' };

/** The plan line of one request, so the dry run prints exactly what would be sent. */
const describeIndex = ({ IndexName, MgoKeySchema }: CreateIndex) => {
  const geo = MgoKeySchema.MgoIndexKeys.some((key) => key.Direction === '2dsphere');
  const fields = MgoKeySchema.MgoIndexKeys.map((key) => `${key.Name} ${DIRECTION_WORDS[key.Direction] ?? key.Direction}`).join(', ');
  return `${MgoKeySchema.MgoIsUnique ? 'unique ' : ''}${geo ? '2dsphere ' : ''}index ${IndexName} (${fields})`;
};

const printPlan = (collections: CollectionSpec[]) => {
  for (const collection of collections) {
    console.log(`ensure collection ${collection.name}`);
    for (const index of createIndexesOf(collection)) console.log(`  ensure ${describeIndex(index)}`);
  }
};

const apply = async (creds: Credentials, envId: string, collections: CollectionSpec[]) => {
  const envs = (await callApi(creds, 'tcb', '2018-06-08', 'DescribeEnvs', { EnvId: envId })) as {
    EnvList?: { Databases?: { InstanceId: string }[] }[];
  };
  const tag = envs.EnvList?.[0]?.Databases?.[0]?.InstanceId;
  if (!tag) throw new Error(`environment ${envId} has no database instance`);
  const flexdb = (action: string, params: object) => callApi(creds, 'flexdb', '2018-11-27', action, { Tag: tag, ...params });

  for (const collection of collections) {
    let existing: string[] = [];
    try {
      const table = (await flexdb('DescribeTable', { TableName: collection.name })) as { Indexes?: { Name: string }[] };
      existing = (table.Indexes ?? []).map((index) => index.Name);
    } catch (error) {
      if (!String((error as { code?: string }).code).startsWith('ResourceNotFound')) throw error;
      await flexdb('CreateTable', { TableName: collection.name });
      console.log(`created collection ${collection.name}`);
    }
    const declared = createIndexesOf(collection);
    const missing = declared.filter((index) => !existing.includes(index.IndexName));
    if (missing.length > 0) {
      await flexdb('UpdateTable', { TableName: collection.name, CreateIndexes: missing });
      for (const index of missing) console.log(`created ${describeIndex(index)} on ${collection.name}`);
    }
    const names = new Set(['_id_', ...declared.map((index) => index.IndexName)]);
    for (const name of existing.filter((name) => !names.has(name))) {
      console.log(`note: ${collection.name} has index ${name} that the manifest does not declare (left in place)`);
    }
  }
};

const argValue = (flag: string): string | undefined => {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

const main = async () => {
  const manifest = path.resolve(argValue('--manifest') ?? DEFAULT_MANIFEST);
  const collections = loadManifest(manifest);
  if (process.argv.includes('--dry-run')) {
    console.log(`plan for ${path.relative(process.cwd(), manifest)} (dry run, nothing sent):`);
    printPlan(collections);
    return;
  }
  const { ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY, TENCENTCLOUD_SESSIONTOKEN, TENCENTCLOUD_REGION } = process.env;
  if (!ENV_ID || !TENCENTCLOUD_SECRETID || !TENCENTCLOUD_SECRETKEY) {
    throw new Error('set ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (or pass --dry-run)');
  }
  const creds = {
    secretId: TENCENTCLOUD_SECRETID,
    secretKey: TENCENTCLOUD_SECRETKEY,
    token: TENCENTCLOUD_SESSIONTOKEN,
    region: TENCENTCLOUD_REGION ?? 'ap-shanghai',
  };
  await apply(creds, ENV_ID, collections);
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
