// What pdf.js (the PDF reader of browsers and of many web-based applicant-tracking systems) gets
// from PDFs: getTextContent's items, page by page, as JSON on stdout. One run reads many PDFs,
// so Node and pdf.js start once a batch.
// Usage: node pdfjs_items.mjs PDFJS_DIR FILE.pdf...
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

// pdf.js warns (e.g. that it cannot render without a canvas package) with console.log: keep
// stdout for the JSON.
console.log = (...args) => process.stderr.write(args.join(" ") + "\n");

const [dir, ...files] = process.argv.slice(2);
const pdfjs = await import(pathToFileURL(path.join(dir, "pdf.mjs")).href);
pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(path.join(dir, "pdf.worker.mjs")).href;

async function itemsOf(file) {
  const data = new Uint8Array(await readFile(file));
  const doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter((item) => "str" in item)
        .map((item) => ({
          str: item.str,
          eol: item.hasEOL,
          font: item.fontName,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height,
        })),
    );
  }
  await doc.destroy();
  return pages;
}

const results = [];
for (const file of files) {
  try {
    results.push({ path: file, pages: await itemsOf(file) });
  } catch (error) {
    results.push({ path: file, error: String(error) });
  }
}
process.stdout.write(JSON.stringify(results));
