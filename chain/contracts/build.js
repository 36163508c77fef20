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
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
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
// EIP-170: no deployed contract may exceed 24,576 bytes of code.
for (const [name, c] of Object.entries(out.contracts['Marketplace.sol'])) {
  const size = c.evm.deployedBytecode.object.length / 2;
  if (size > 24576) {
    console.error(`build.js: ${name} has ${size} bytes of code, above the 24,576-byte limit (EIP-170)`);
    process.exit(1);
  }
}

const build = path.join(here, 'build');
fs.mkdirSync(build, { recursive: true });

// The Marketplace runs the Catalog's code (registry and dataset calls) through its
// fallback with delegatecall: its ABI is its own plus the Catalog's functions.
function merged(main, extra) {
  const key = (e) => `${e.type}:${e.name || ''}(${(e.inputs || []).map((i) => i.type).join(',')})`;
  const seen = new Set(main.map(key));
  return main.concat(extra.filter((e) => e.type === 'function' && !seen.has(key(e))));
}

const wanted = {
  'Marketplace.sol': ['Marketplace'],
  'test/YardstickToken.sol': ['YardstickToken'],
  'test/ReentrantReceiver.sol': ['ReentrantReceiver'],
};
for (const [file, names] of Object.entries(wanted)) {
  for (const name of names) {
    const c = out.contracts[file][name];
    let abi = c.abi;
    if (name === 'Marketplace') abi = merged(abi, out.contracts[file].Catalog.abi);
    fs.writeFileSync(path.join(build, `${name}.abi`), JSON.stringify(abi, null, 1) + '\n');
    fs.writeFileSync(path.join(build, `${name}.bin`), c.evm.bytecode.object + '\n');
    console.log(`build.js: ${name}: ${c.evm.bytecode.object.length / 2} bytes of init code`);
  }
}
