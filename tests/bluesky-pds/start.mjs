// Starts the reference Bluesky PDS (@atproto/pds) with a mock PLC directory (@did-plc/server's in-memory database,
// as @atproto/dev-env's TestPlc does), both on free loopback ports, offline. Prints one JSON line
// {"pds": "http://localhost:P", "plc": "http://localhost:Q"} once both answer, then runs until SIGTERM or SIGINT.
// The PDS refuses a PLC address given as an IP, hence "localhost"; handles end in ".test"; no invite is needed.
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Secp256k1Keypair } from '@atproto/crypto';
import * as plc from '@did-plc/server';
import { PDS } from '@atproto/pds';

const freePort = () => new Promise((resolve, reject) => {
  const server = net.createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});

const plcPort = await freePort();
const plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort });
await plcServer.start();
const plcUrl = `http://localhost:${plcPort}`;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'digestbot-pds-'));
const rotationKey = await Secp256k1Keypair.create({ exportable: true });
const port = await freePort();
const pds = await PDS.fromEnv({
  devMode: true,
  hostname: 'localhost',
  port,
  dataDirectory: dir,
  blobstoreDiskLocation: path.join(dir, 'blobs'),
  didPlcUrl: plcUrl,
  recoveryDidKey: (await Secp256k1Keypair.create()).did(),
  plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
  adminPassword: 'admin-pass',
  jwtSecret: randomBytes(16).toString('hex'),
  serviceHandleDomains: ['.test'],
  inviteRequired: false,
  disableSsrfProtection: true,
  // Nothing is crawled or proxied: these hosts never resolve, and nothing here calls them.
  bskyAppViewUrl: 'https://appview.invalid',
  bskyAppViewDid: 'did:example:invalid',
  modServiceUrl: 'https://moderator.invalid',
  modServiceDid: 'did:example:invalid',
  crawlers: [],
});
await pds.start();
console.log(JSON.stringify({ pds: `http://localhost:${port}`, plc: plcUrl }));

const stop = async () => {
  await pds.destroy();
  await plcServer.destroy();
  await fs.rm(dir, { recursive: true, force: true });
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
