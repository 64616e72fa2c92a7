// The peer: what an insurer's web team would build with React, the npm
// `docx` package and pdfmake. It lays out the same letter as zhaloba from the
// same document model (zhaloba's `render --format json`), with the same
// blocks: addressee, applicant, title, facts, grounds, numbered demands and
// attachments, copy lines, date and signature. pdfmake and its fonts load on the first
// PDF (dynamic import), as zhaloba's PDF module does.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Document, Packer, Paragraph, TextRun, AlignmentType, LevelFormat } from 'docx';
import letter from '../build/letter.json';

const DEMANDS_LEAD = 'На основании изложенного прошу:';
const ATTACHMENTS_LEAD = 'Приложения:';
const DATE_BLANK = '«___» ____________ 20___ г.';
const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const longDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y} г.`;
};
const dateLine = () => (letter.date ? longDate(letter.date) : DATE_BLANK);
const signLine = () => `_______________ / ${letter.signer}`;

function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

async function makeDocx() {
  const indent = { firstLine: 709 };
  const p = (text, opts = {}) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent, ...opts, children: [new TextRun(text)] });
  const list = (items, instance) => items.map((text) => new Paragraph({
    alignment: AlignmentType.JUSTIFIED, numbering: { reference: 'num', level: 0, instance }, children: [new TextRun(text)],
  }));
  const right = (lines) => lines.map((text) => new Paragraph({ indent: { left: 4678 }, children: [new TextRun(text)] }));
  const doc = new Document({
    title: letter.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 1077, hanging: 360 } } } }] }] },
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
      children: [
        ...right(letter.to),
        new Paragraph({ text: '' }),
        ...right(letter.from),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 0 }, children: [new TextRun({ text: letter.title, bold: true })] }),
        ...(letter.subtitle ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(letter.subtitle)] })] : []),
        ...letter.facts.map((t) => p(t)),
        ...letter.grounds.map((t) => p(t)),
        p(DEMANDS_LEAD),
        ...list(letter.demands, 1),
        ...(letter.attachments.length ? [p(ATTACHMENTS_LEAD), ...list(letter.attachments, 2)] : []),
        ...(letter.copies ?? []).map((t) => new Paragraph({ children: [new TextRun(t)] })),
        new Paragraph({ spacing: { before: 480 }, children: [new TextRun(dateLine())] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(signLine())] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: '(подпись)', size: 18 })] }),
      ],
    }],
  });
  save(await Packer.toBlob(doc), 'peer.docx');
}

let pdfmake = null;
async function makePdf() {
  if (!pdfmake) {
    pdfmake = (async () => {
      const [{ default: pm }, { default: vfs }] = await Promise.all([
        import('pdfmake/build/pdfmake.min.js'),
        import('pdfmake/build/vfs_fonts.js'),
      ]);
      pm.addVirtualFileSystem(vfs);
      return pm;
    })();
  }
  const pm = await pdfmake;
  const para = (text) => ({ text, alignment: 'justify', leadingIndent: 35, margin: [0, 0, 0, 4] });
  // pdfmake rewrites the arrays it is given: hand it copies, not the model React renders.
  const list = (items) => ({ ol: [...items], alignment: 'justify', margin: [35, 0, 0, 4] });
  const def = {
    info: { title: letter.title },
    pageSize: 'A4',
    pageMargins: [57, 57, 57, 57],
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.15 },
    footer: (page, count) => ({ text: count > 1 ? `${page}` : '', alignment: 'center', fontSize: 10 }),
    content: [
      { text: letter.to.join('\n'), margin: [240, 0, 0, 12] },
      { text: letter.from.join('\n'), margin: [240, 0, 0, 24] },
      { text: letter.title, bold: true, alignment: 'center' },
      ...(letter.subtitle ? [{ text: letter.subtitle, alignment: 'center', margin: [0, 0, 0, 12] }] : []),
      ...letter.facts.map(para),
      ...letter.grounds.map(para),
      para(DEMANDS_LEAD),
      list(letter.demands),
      ...(letter.attachments.length ? [para(ATTACHMENTS_LEAD), list(letter.attachments)] : []),
      ...(letter.copies ?? []).map((t) => ({ text: t })),
      { columns: [{ text: dateLine() }, { text: `${signLine()}\n(подпись)`, alignment: 'right' }], margin: [0, 24, 0, 0] },
    ],
  };
  save(await pm.createPdf(def).getBlob(), 'peer.pdf');
}

function App() {
  const [busy, setBusy] = useState(false);
  const run = (f) => async () => { setBusy(true); try { await f(); } finally { setBusy(false); } };
  return (
    <main>
      <h1>{letter.title}</h1>
      <article lang="ru">
        {letter.to.map((l) => <p key={`to${l}`}>{l}</p>)}
        {letter.from.map((l) => <p key={`from${l}`}>{l}</p>)}
        {letter.facts.concat(letter.grounds).map((t) => <p key={t}>{t}</p>)}
        <p>{DEMANDS_LEAD}</p>
        <ol>{letter.demands.map((t) => <li key={t}>{t}</li>)}</ol>
      </article>
      <button id="docx" type="button" disabled={busy} onClick={run(makeDocx)}>Скачать DOCX</button>
      <button id="pdf" type="button" disabled={busy} onClick={run(makePdf)}>Скачать PDF</button>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
