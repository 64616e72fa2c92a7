#!/usr/bin/env python3
"""Renders every example case to every format with the CLI and checks each
file with a reader that is not ours: LibreOffice (DOCX → text and PDF),
poppler (pdfinfo), Python's zipfile/xml and icalendar (ICS), html.parser.

Usage: check_documents.py CLI_BINARY OUT_DIR
Prints one line per check and 'N passed, N failed' at the end."""
import glob
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from xml.dom import minidom

import icalendar

cli, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
sample = os.path.abspath(sys.argv[3]) if len(sys.argv) > 3 else None
os.makedirs(out, exist_ok=True)
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name}: {detail}")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r"\s+", " ", s).strip()


def expected_lines(txt):
    return [norm(l) for l in txt.splitlines() if norm(l)]


def missing_lines(model_txt, other):
    o = norm(other)
    # List items: readers may render the number differently («1.» vs «1.\t»).
    return [l for l in expected_lines(model_txt) if l not in o and re.sub(r"^\d+\. ", "", l) not in o]


cases = sorted(glob.glob("examples/cases/*.json"))
docx_files = []
for case in cases:
    stem = os.path.splitext(os.path.basename(case))[0]
    for fmt in ["txt", "docx", "pdf", "html", "ics"]:
        path = os.path.join(out, f"{stem}.{fmt}")
        r = subprocess.run([cli, "render", case, "--format", fmt, "--out", path], capture_output=True, text=True)
        check(f"{stem}.{fmt} rendered", r.returncode == 0 and os.path.getsize(path) > 0, r.stderr)
    docs = sorted(glob.glob(os.path.join(out, f"{stem}*.txt")))
    for txt_path in docs:
        base = txt_path[:-4]
        model = open(txt_path, encoding="utf-8").read()
        # DOCX: a well-formed ZIP of well-formed XML.
        try:
            with zipfile.ZipFile(base + ".docx") as z:
                bad = z.testzip()
                for n in z.namelist():
                    minidom.parseString(z.read(n))
            check(f"{os.path.basename(base)}.docx is a valid zip of XML", bad is None, bad)
        except Exception as e:  # noqa: BLE001 — report any reader error as a failure
            check(f"{os.path.basename(base)}.docx is a valid zip of XML", False, repr(e))
        docx_files.append(base + ".docx")
        # PDF: qpdf finds no error, every font embedded + subset + Unicode,
        # pdftotext returns every line of the letter.
        pdf = base + ".pdf"
        q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
        check(f"{os.path.basename(base)}.pdf passes qpdf --check", q.returncode == 0, q.stdout[-300:] + q.stderr[-300:])
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
        ok_fonts = fonts and all(re.match(r"^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\s", f) for f in fonts)
        check(f"{os.path.basename(base)}.pdf fonts embedded, subset, with Unicode", ok_fonts, fonts)
        extracted = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        # Page numbers («1 из 2») and page breaks sit between the lines of the letter.
        body = re.sub(r"\n*^\d+ из \d+$\n*\f?", "\n", extracted, flags=re.M).replace("\f", "\n")
        miss = missing_lines(model, re.sub(r"-\n", "-", body))
        check(f"{os.path.basename(base)}.pdf text extracts every line", not miss, miss[:3])
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        check(f"{os.path.basename(base)}.pdf has a title", re.search(r"^Title:\s+\S", info, re.M) is not None, info)
        # HTML: parses, and every line of the letter is in its text.
        class Text(html.parser.HTMLParser):
            chunks = []

            def handle_data(self, data):
                self.chunks.append(data + " ")
        p = Text()
        p.chunks = []
        p.feed(open(base + ".html", encoding="utf-8").read())
        miss = missing_lines(model, "".join(p.chunks))
        check(f"{os.path.basename(base)}.html has every line", not miss, miss[:3])
        # ICS: a real parser reads one event on the due date.
        cal = icalendar.Calendar.from_ical(open(base + ".ics", "rb").read())
        events = [c for c in cal.walk() if c.name == "VEVENT"]
        check(f"{os.path.basename(base)}.ics parses with one dated event",
              len(events) == 1 and events[0].get("DTSTART") is not None and "Срок ответа" in str(events[0].get("SUMMARY")),
              events)
        # The reminder follows the document's law: a claim's 10 days from
        # delivery (consumer law), never 59-ФЗ's 30; one full stop after «г.».
        description = str(events[0].get("DESCRIPTION")) if events else ""
        claim = model.lstrip().startswith("ПРЕТЕНЗИЯ") or "\nПРЕТЕНЗИЯ\n" in model
        check(f"{os.path.basename(base)}.ics states its document's term",
              ("10" in description and "30-дневный" not in description) if claim else "30-дневный" in description,
              description)
        check(f"{os.path.basename(base)}.ics has no doubled full stop", ".." not in description, description)

# The registered-mail kit: the list of contents (form 107) and the DL
# envelope, read back by poppler: the addressee's address and the sender,
# and every attachment of the letter (from its document model) on its row.
for case in cases:
    stem = os.path.splitext(os.path.basename(case))[0]
    data = json.load(open(case, encoding="utf-8"))
    model_path = os.path.join(out, f"{stem}-model.json")
    if subprocess.run([cli, "render", case, "--format", "json", "--out", model_path], capture_output=True).returncode != 0:
        continue
    letter = json.load(open(model_path, encoding="utf-8"))
    for fmt in ["inventory", "envelope"]:
        path = os.path.join(out, f"{stem}-{fmt}.pdf")
        r = subprocess.run([cli, "render", case, "--format", fmt, "--out", path], capture_output=True, text=True)
        q = subprocess.run(["qpdf", "--check", path], capture_output=True, text=True)
        check(f"{stem} {fmt} renders and passes qpdf --check", r.returncode == 0 and q.returncode == 0, r.stderr + q.stdout[-200:])
        fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()[2:]
        check(f"{stem} {fmt} fonts embedded, subset, with Unicode",
              fonts and all(re.match(r"^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\s", f) for f in fonts), fonts)
        # A table row's cells share baselines: the quantity («1») of a row
        # may come out between the lines of its name, so lone «1»s are
        # dropped from both sides.
        ones = lambda t: re.sub(r"(?<!\S)1(?!\S)", " ", t)  # noqa: E731
        text = norm(ones(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout))
        sender = norm(data.get("applicant", {}).get("full_name", ""))
        want = [norm(l) for l in letter["to"] if l.strip()]
        if fmt == "inventory":
            want += ["ОПИСЬ ВЛОЖЕНИЯ", "в ценное письмо"]
            want += [norm(re.sub(r"\.$", "", a)) for a in letter["attachments"]]
        elif sender:
            want.append(sender)
        lost = [w for w in want if w and norm(ones(w)) not in text]
        check(f"{stem} {fmt} reads back the addressee, sender and contents", not lost, lost[:3])

# LibreOffice: every DOCX to text and to PDF, in one run each.
lo = os.path.join(out, "libreoffice")
os.makedirs(lo, exist_ok=True)
env = dict(os.environ, HOME=os.path.join(out, "lo-home"))
for target in ["txt:Text (encoded):UTF8", "pdf"]:
    r = subprocess.run(["libreoffice", "--headless", "--convert-to", target, "--outdir", lo, *docx_files],
                       capture_output=True, text=True, env=env, timeout=600)
    check(f"LibreOffice converts every DOCX ({target.split(':')[0]})", r.returncode == 0, r.stderr[-500:])
for docx in docx_files:
    name = os.path.basename(docx)[:-5]
    model = open(docx[:-5] + ".txt", encoding="utf-8").read()
    lo_txt_path = os.path.join(lo, name + ".txt")
    lo_txt = open(lo_txt_path, encoding="utf-8").read() if os.path.exists(lo_txt_path) else ""
    miss = missing_lines(model, lo_txt)
    check(f"{name}.docx → LibreOffice text has every line", lo_txt and not miss, miss[:3])
    check(f"{name}.docx keeps ё « » № and has no U+FFFD",
          "\ufffd" not in lo_txt and all(ch in lo_txt for ch in "«»№") and ("ё" in lo_txt) == ("ё" in model), "")
    # Both numbered lists start at 1 (demands and attachments).
    starts = len(re.findall(r"^\s*1\.\s", lo_txt, re.M))
    check(f"{name}.docx numbered lists restart at 1", starts >= 2, f"{starts} lists start at 1")
    pdf = os.path.join(lo, name + ".pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
    pages = re.search(r"Pages:\s+(\d+)", info.stdout)
    check(f"{name}.docx → LibreOffice PDF has pages", info.returncode == 0 and pages and int(pages.group(1)) >= 1, info.stderr)

# Every name prints: each code point of Cyrillic and Cyrillic Supplement
# (U+0400–U+052F) and the punctuation letters use, in the applicant's name
# and in a quoted statement, comes back from the PDF's text layer as typed.
ALPHABET = [chr(u) for u in range(0x0400, 0x0530)]
PUNCTUATION = "№ «» — … ‑ – „“"
alphabet_case = json.load(open("examples/cases/waiting-time.json", encoding="utf-8"))
words = ["".join(ALPHABET[i:i + 8]) for i in range(0, len(ALPHABET), 8)]
for n in range(0, len(words), 3):
    name = " ".join(words[n:n + 3])
    alphabet_case["applicant"]["full_name"] = name
    alphabet_case["facts"]["what_they_said"] = " ".join(words) + " " + PUNCTUATION
    path = os.path.join(out, f"alphabet-{n // 3}")
    with open(path + ".json", "w", encoding="utf-8") as f:
        json.dump(alphabet_case, f, ensure_ascii=False)
    r = subprocess.run([cli, "render", path + ".json", "--format", "pdf", "--out", path + ".pdf"], capture_output=True, text=True)
    text = norm(subprocess.run(["pdftotext", path + ".pdf", "-"], capture_output=True, text=True).stdout)
    lost = [w for w in [norm(name), *words, *PUNCTUATION.split()] if norm(w) not in text]
    check(f"PDF prints the name «{name}» and the whole alphabet", r.returncode == 0 and not lost, (r.stderr, lost[:3]))

# The property test's sample of random cases: LibreOffice opens every DOCX,
# qpdf and pdffonts accept every PDF, and a long statement has page numbers.
if sample:
    sample_docx = sorted(glob.glob(os.path.join(sample, "*.docx")))
    check("property sample has documents", len(sample_docx) >= 20, len(sample_docx))
    lo_sample = os.path.join(out, "libreoffice-sample")
    shutil.rmtree(lo_sample, ignore_errors=True)
    os.makedirs(lo_sample)
    r = subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", lo_sample, *sample_docx],
                       capture_output=True, text=True, env=env, timeout=900)
    converted = glob.glob(os.path.join(lo_sample, "*.pdf"))
    check("LibreOffice opens every random DOCX", r.returncode == 0 and len(converted) == len(sample_docx),
          f"{len(converted)} of {len(sample_docx)}; {r.stderr[-300:]}")
    for pdf in sorted(glob.glob(os.path.join(sample, "*.pdf"))):
        q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
        check(f"sample {os.path.basename(pdf)} passes qpdf --check", q.returncode == 0, q.stdout[-200:])
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
        check(f"sample {os.path.basename(pdf)} fonts embedded, subset, Unicode",
              fonts and all(re.match(r"^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\s", f) for f in fonts), fonts)
    long_pdf = os.path.join(sample, "long-statement.pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", long_pdf], capture_output=True, text=True).stdout).group(1))
    numbered = all(
        f"{i} из {pages}" in subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), long_pdf, "-"], capture_output=True, text=True).stdout
        for i in range(1, pages + 1))
    check(f"a long statement spans {pages} pages, each numbered", pages >= 3 and numbered, pages)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
