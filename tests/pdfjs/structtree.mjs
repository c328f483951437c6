#!/usr/bin/env node
// Reads PDFs with pdf.js (pdfjs-dist, the reader Firefox uses) and prints,
// for each file, what Firefox's PDF viewer hands to a screen reader: the
// structure tree of every page, with the text of each marked-content leaf.
//
//   node tests/pdfjs/structtree.mjs FILE.pdf...
//
// Prints one JSON object per file, one line each, in the order given.
// A file that cannot be read prints {"file": ..., "error": "..."}; the other
// files are still processed and the exit status is 1 at the end.
// Install the package first: sh tests/pdfjs/install.sh
//
// Output (one line per file):
//   file, numPages, pdfjsVersion
//   markInfo          getMarkInfo(): {Marked, UserProperties, Suspects} or null
//   info              getMetadata().info (Title, Author, Language, PDFFormatVersion, ...)
//   xmp               getMetadata().metadata.getAll() (e.g. "dc:title") or null
//   viewerPreferences getViewerPreferences() (e.g. DisplayDocTitle) or null
//   warnings          what pdf.js logged while reading this file ("Warning: ...")
//   tree              [{page, root, artifacts, untagged, unreferenced}, ...] one per page;
//                     root is null when the document has no StructTreeRoot.
//     node:  {role, aria_role, aria_level?, alt?, lang?, bbox?, children: [...]}
//            role is pdf.js's role (after RoleMap); aria_role / aria_level are
//            what Firefox's viewer sets on it (PDF_ROLE_TO_HTML_ROLE below).
//     leaf:  {type: "content", id: "p3R_mc0", text: "..."}
//            (also {type: "object", id} and {type: "annotation", id}, no text)
//   artifacts_text    text of each /Artifact marked-content sequence (all pages)
//   untagged_text     text of each run of text outside any marked content
//   unreferenced_text text of marked content with an MCID no leaf refers to
//   missing_ids       leaf ids that have no marked content in the page's text
//                     (normal for images; for text it means lost text)
//   text_in_tree_order  leaf texts, page by page, depth-first, trimmed,
//                     empty ones dropped, joined with single spaces
//
// Text rules: the text items of pdf.js's getTextContent({includeMarkedContent:
// true, disableNormalization: true}) (the options Firefox's text layer uses)
// are concatenated with "" and their strings kept exactly; an item's hasEOL
// becomes one space, except at the start or end of a sequence or after text
// that already ends in white space. Text belongs to the innermost enclosing
// sequence that is an /Artifact or has an MCID. Entries of artifacts_text,
// untagged_text and unreferenced_text that are empty or only white space
// are left out.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = path.join(here, "node_modules", "pdfjs-dist");

// pdf.js logs through console.log ("Warning: ...", "Info: ..."); collect that
// into the current file's list. Our own output goes to process.stdout.
const startupWarnings = [];
let warningSink = startupWarnings;
const capture = (...args) => {
  warningSink.push(args.map(String).join(" "));
};
console.log = capture;
console.info = capture;
console.warn = capture;
console.debug = capture;

let pdfjs;
try {
  pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
} catch (err) {
  process.stderr.write(
    `structtree.mjs: cannot load pdfjs-dist (${err.message}); run: sh tests/pdfjs/install.sh\n`,
  );
  process.exit(2);
}
const { getDocument, VerbosityLevel, version: pdfjsVersion } = pdfjs;

// Copied from pdfjs-dist 4.8.69 web/pdf_viewer.mjs (web/struct_tree_layer_builder.js):
// the ARIA role Firefox's viewer gives each structure role. H1..H6 (any Hn)
// become role "heading" with aria-level n. The self-test checks this table
// still matches the installed package.
const PDF_ROLE_TO_HTML_ROLE = {
  Document: null,
  DocumentFragment: null,
  Part: "group",
  Sect: "group",
  Div: "group",
  Aside: "note",
  NonStruct: "none",
  P: null,
  H: "heading",
  Title: null,
  FENote: "note",
  Sub: "group",
  Lbl: null,
  Span: null,
  Em: null,
  Strong: null,
  Link: "link",
  Annot: "note",
  Form: "form",
  Ruby: null,
  RB: null,
  RT: null,
  RP: null,
  Warichu: null,
  WT: null,
  WP: null,
  L: "list",
  LI: "listitem",
  LBody: null,
  Table: "table",
  TR: "row",
  TH: "columnheader",
  TD: "cell",
  THead: "columnheader",
  TBody: null,
  TFoot: null,
  Caption: null,
  Figure: "figure",
  Formula: null,
  Artifact: null,
};
const HEADING_PATTERN = /^H(\d+)$/;

// Files pdf.js needs for non-embedded standard-14 fonts and CJK CMaps; read
// from the installed package, never from the network (Firefox ships them too).
const DOC_OPTIONS = {
  standardFontDataUrl: path.join(pkgDir, "standard_fonts") + path.sep,
  cMapUrl: path.join(pkgDir, "cmaps") + path.sep,
  cMapPacked: true,
  verbosity: VerbosityLevel.WARNINGS,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
};
const TEXT_OPTIONS = { includeMarkedContent: true, disableNormalization: true };

// Joins text items: strings kept exactly; hasEOL -> one space, not at the
// start, not at the end, not after white space.
class TextJoiner {
  constructor() {
    this.text = "";
    this.pendingSpace = false;
  }
  add(item) {
    if (item.str) {
      if (this.pendingSpace && this.text !== "" && !/\s$/.test(this.text) && !/^\s/.test(item.str)) {
        this.text += " ";
      }
      this.pendingSpace = false;
      this.text += item.str;
    }
    if (item.hasEOL) {
      this.pendingSpace = true;
    }
  }
}

// Splits a page's marked text content into leaf texts (by id), artifact
// sequences, untagged runs and unreferenced tagged sequences.
function splitTextContent(items) {
  const byId = new Map(); // id -> TextJoiner
  const artifacts = []; // TextJoiner per Artifact sequence
  const untagged = []; // TextJoiner per run outside marked content
  const idTags = new Map(); // id -> tag
  const stack = []; // {tag, id, owner}
  let untaggedRun = null;
  for (const item of items) {
    if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
      const parentOwner = stack.length ? stack[stack.length - 1].owner : null;
      let owner = parentOwner;
      if (item.tag === "Artifact") {
        owner = new TextJoiner();
        artifacts.push(owner);
      } else if (item.id) {
        owner = byId.get(item.id);
        if (!owner) {
          owner = new TextJoiner();
          byId.set(item.id, owner);
          idTags.set(item.id, item.tag);
        } else {
          owner.pendingSpace = owner.text !== "";
        }
      }
      stack.push({ tag: item.tag, id: item.id ?? null, owner });
      untaggedRun = null;
      continue;
    }
    if (item.type === "endMarkedContent") {
      stack.pop();
      untaggedRun = null;
      continue;
    }
    if (typeof item.str !== "string") {
      continue;
    }
    let owner = stack.length ? stack[stack.length - 1].owner : null;
    if (!owner) {
      // Outside marked content, or inside marked content that is neither an
      // Artifact nor carries an MCID (e.g. /Span BMC, /OC): untagged.
      if (!untaggedRun) {
        untaggedRun = new TextJoiner();
        untagged.push(untaggedRun);
      }
      owner = untaggedRun;
    }
    owner.add(item);
  }
  return { byId, artifacts, untagged, idTags };
}

function convertNode(node, texts, usedIds) {
  if (!node || typeof node !== "object") {
    return node;
  }
  if (!("role" in node)) {
    // Leaf: {type: "content" | "object" | "annotation", id}
    const leaf = { type: node.type, id: node.id };
    if (node.type === "content") {
      usedIds.push(node.id);
      leaf.text = texts.get(node.id)?.text ?? "";
    }
    return leaf;
  }
  const out = { role: node.role };
  const match = HEADING_PATTERN.exec(node.role);
  if (match) {
    out.aria_role = "heading";
    out.aria_level = Number(match[1]);
  } else {
    out.aria_role = PDF_ROLE_TO_HTML_ROLE[node.role] ?? null;
  }
  if (node.alt !== undefined) out.alt = node.alt;
  if (node.lang !== undefined) out.lang = node.lang;
  if (node.bbox !== undefined) out.bbox = node.bbox;
  out.children = (node.children || []).map((kid) => convertNode(kid, texts, usedIds));
  return out;
}

function collectLeafTexts(node, acc) {
  if (!node) return;
  if (node.type === "content") {
    const t = node.text.trim();
    if (t !== "") acc.push(t);
    return;
  }
  for (const kid of node.children || []) collectLeafTexts(kid, acc);
}

const nonEmpty = (joiners) => joiners.map((j) => j.text).filter((t) => t.trim() !== "");

function cleanValue(value) {
  // Make pdf.js values JSON-friendly (Maps, typed arrays, odd objects).
  if (value instanceof Map) return Object.fromEntries(value);
  return value;
}

async function processFile(file) {
  const data = new Uint8Array(await fs.promises.readFile(file));
  const task = getDocument({ ...DOC_OPTIONS, data });
  try {
    const doc = await task.promise;
    const result = { file, numPages: doc.numPages, pdfjsVersion };
    result.markInfo = (await doc.getMarkInfo()) ?? null;
    const meta = await doc.getMetadata();
    const info = {};
    for (const [k, v] of Object.entries(meta.info || {})) info[k] = cleanValue(v);
    result.info = info;
    result.xmp = meta.metadata ? meta.metadata.getAll() : null;
    result.viewerPreferences = (await doc.getViewerPreferences()) ?? null;
    result.warnings = warningSink;
    const tree = [];
    const artifactsText = [];
    const untaggedText = [];
    const unreferencedText = [];
    const missingIds = [];
    const leafTexts = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const struct = await page.getStructTree();
      const content = await page.getTextContent(TEXT_OPTIONS);
      const { byId, artifacts, untagged, idTags } = splitTextContent(content.items);
      const usedIds = [];
      const root = struct ? convertNode(struct, byId, usedIds) : null;
      const used = new Set(usedIds);
      const unreferenced = [];
      for (const [id, joiner] of byId) {
        if (!used.has(id) && joiner.text.trim() !== "") {
          unreferenced.push({ id, tag: idTags.get(id), text: joiner.text });
        }
      }
      const missing = [...used].filter((id) => !byId.has(id));
      const pageEntry = {
        page: n,
        root,
        artifacts: nonEmpty(artifacts),
        untagged: nonEmpty(untagged),
        unreferenced,
      };
      tree.push(pageEntry);
      artifactsText.push(...pageEntry.artifacts);
      untaggedText.push(...pageEntry.untagged);
      unreferencedText.push(...unreferenced.map((u) => u.text));
      missingIds.push(...missing);
      collectLeafTexts(root, leafTexts);
      page.cleanup();
    }
    result.tree = tree;
    result.artifacts_text = artifactsText;
    result.untagged_text = untaggedText;
    result.unreferenced_text = unreferencedText;
    result.missing_ids = missingIds;
    result.text_in_tree_order = leafTexts.join(" ");
    return result;
  } finally {
    await task.destroy();
  }
}

// Warnings pdf.js gives at startup in Node because the optional "canvas"
// package is not installed; they only matter for rendering, which we don't do.
const STARTUP_NOISE = /Cannot polyfill `(DOMMatrix|Path2D)`|Cannot polyfill `ImageData`/;

async function main(files) {
  if (files.length === 0) {
    process.stderr.write("usage: node tests/pdfjs/structtree.mjs FILE.pdf...\n");
    return 2;
  }
  let status = 0;
  for (const file of files) {
    warningSink = [];
    let line;
    try {
      const result = await processFile(file);
      const pending = startupWarnings.splice(0);
      result.warnings = [...pending, ...result.warnings].filter((w) => !STARTUP_NOISE.test(w));
      line = JSON.stringify(result);
    } catch (err) {
      status = 1;
      const warnings = [...startupWarnings.splice(0), ...warningSink].filter((w) => !STARTUP_NOISE.test(w));
      line = JSON.stringify({ file, error: String(err?.message ?? err), warnings });
    }
    await new Promise((resolve) => process.stdout.write(line + "\n", resolve));
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
