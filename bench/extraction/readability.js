#!/usr/bin/env node
// Runs Readability.js (jsdom) on every html/<id>.html.gz of the article-extraction set and writes
// {id: {articleBody}} as JSON, like the benchmark's own readability_js runner.
// usage: node readability.js <dataset-dir> <out.json>
const { Readability } = require('@mozilla/readability');
const { JSDOM, VirtualConsole } = require('jsdom');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const [dataset, out] = process.argv.slice(2);
const dir = path.join(dataset, 'html');
const files = fs.readdirSync(dir).filter(f => f.endsWith('.html.gz')).sort();
const pages = files.map(f => [f.split('.')[0], zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8')]);
const quiet = new VirtualConsole();
const result = {};
const t0 = process.hrtime.bigint();
for (const [id, html] of pages) {
  let body = '';
  try {
    const dom = new JSDOM(html, { url: 'https://fake-url.com', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    body = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    body = '';
  }
  result[id] = { articleBody: body };
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
fs.writeFileSync(out, JSON.stringify(result));
console.log(`readability.js: ${pages.length} pages in ${seconds.toFixed(2)} s = ${(pages.length / seconds).toFixed(2)} pages/s`);
