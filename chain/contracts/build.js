// Compiles the Solidity sources with the pinned solc from package.json and writes
// ABI and bytecode to build/. Run through `go generate ./chain/...`.
// Settings are pinned here, not taken from the compiler's defaults: evmVersion
// "paris" (no PUSH0/MCOPY/transient storage, so the same bytecode runs on Harmony
// and other EVM chains that lag mainnet; solc 0.8.37 would default to osaka).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const PINNED = '0.8.37+commit.f401782d';
if (!solc.version().startsWith(PINNED)) {
  console.error(`build.js: solc ${solc.version()} is not the pinned ${PINNED}; run npm ci in chain/contracts`);
  process.exit(1);
}

const here = __dirname;
const sources = {
  'Marketplace.sol': 'Marketplace.sol',
  'test/YardstickToken.sol': 'test/YardstickToken.sol',
  'test/ReentrantReceiver.sol': 'test/ReentrantReceiver.sol',
};
const input = {
  language: 'Solidity',
  sources: Object.fromEntries(Object.entries(sources).map(([k, f]) =>
    [k, { content: fs.readFileSync(path.join(here, f), 'utf8') }])),
  settings: {
    evmVersion: 'paris',
    viaIR: true,
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(p) {
  const f = path.join(here, 'node_modules', p);
  if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
  return { error: `not found: ${p}` };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  console.error(e.formattedMessage);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

const build = path.join(here, 'build');
fs.mkdirSync(build, { recursive: true });
for (const [file, contracts] of Object.entries(out.contracts)) {
  if (!(file in sources)) continue;
  for (const [name, c] of Object.entries(contracts)) {
    fs.writeFileSync(path.join(build, `${name}.abi`), JSON.stringify(c.abi, null, 1) + '\n');
    fs.writeFileSync(path.join(build, `${name}.bin`), c.evm.bytecode.object + '\n');
    console.log(`build.js: ${name}: ${c.evm.bytecode.object.length / 2} bytes of init code`);
  }
}
