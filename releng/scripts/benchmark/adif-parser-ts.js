// Parse-only throughput of the npm package adif-parser-ts on the same file as LogBenchmark.
// Usage: node adif-parser-ts.js FILE (with adif-parser-ts installed under NODE_PATH).
const fs = require('fs');
const { AdifParser } = require('adif-parser-ts');
const file = process.argv[2];
const t0 = process.hrtime.bigint();
const text = fs.readFileSync(file, 'utf8');
const result = AdifParser.parseAdi(text);
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = fs.statSync(file).size / 1e6;
const n = result.records.length;
console.log(`adif-parser-ts: ${n} records, ${s.toFixed(2)} s, ${(n / s).toFixed(0)} QSOs/s, ${(mb / s).toFixed(1)} MB/s, ` +
  `heap used at end ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
