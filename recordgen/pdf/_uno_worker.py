"""Drives one LibreOffice listener over UNO; run by ConverterPool, not by people.

Runs under a Python that can ``import uno`` (on Debian the system python3 with
python3-uno), which need not be the interpreter recordgen runs on, so this file
imports nothing from recordgen. It speaks JSON lines: one request on stdin,
one answer on stdout, always in order.

    request:  {"source": "/abs/in.docx", "target": "/abs/out.pdf", "pdf_version": 2}
    answer:   {"ok": true} or {"ok": false, "stage": "load"|"export"|"bridge", "error": "..."}

Page numbers in the copy's digits. A copy writes its PAGE and NUMPAGES fields' results in
its own digits ("۱", "١", "১"), but LibreOffice 7.4 recalculates them in Western digits:
its .docx import maps no ``w:pgNumType/@w:fmt`` and no ``\\*`` switch to Arabic-Indic or
Bengali digits (writerfilter ConversionHelper::ConvertNumberingType leaves hindiNumbers
as a TODO, lcl_ParseNumberingType knows only Arabic, roman, alphabetic, Thai, Hebrew,
Arabic letters...), the fields refuse a NumberingType above PAGE_DESCRIPTOR through UNO,
and the CTL "numerals" option would change every digit of the text (phone numbers too)
by LibreOffice's own table, which leaves Pashto and Sorani Western and changes Arabic and
Urdu. A page style's NumberingType is honoured by both fields, so after loading, the page
styles get the numbering of the digits the fields' results are written in.
"""

import json
import os
import re
import shutil
import signal
import sys
import threading
import time
import unicodedata
import zipfile

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import DisposedException

NEVER_EXECUTE_MACROS = 0  # com.sun.star.document.MacroExecMode.NEVER_EXECUTE
DOCX_IMPORT_FILTER = "MS Word 2007 XML"


def properties(**values):
    return tuple(PropertyValue(name, 0, value, 0) for name, value in values.items())


def connect(pipe_name, deadline_seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={pipe_name};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + deadline_seconds
    while True:
        try:
            context = resolver.resolve(url)
            break
        except NoConnectException:
            # soffice is still starting (a fresh profile takes a few seconds).
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)
    return context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )


def export_pdf_arguments(pdf_version):
    filter_data = properties(
        SelectPdfVersion=pdf_version,  # 0 plain, 1/2/3 = PDF/A-1b/2b/3b (fonts always embedded)
        UseTaggedPDF=True,  # structure tags for screen readers
        ExportBookmarks=True,
        DisplayPDFDocumentTitle=True,
        ExportNotes=False,  # tracked comments must never reach a recipient
        ExportFormFields=False,
        UseLosslessCompression=False,
        Quality=90,
    )
    return properties(
        FilterName="writer_pdf_Export",
        # PropertyValue.Value is an ``any``: a bare tuple would arrive as sequence<any>.
        FilterData=uno.Any("[]com.sun.star.beans.PropertyValue", filter_data),
    )


def convert(desktop, source, target, pdf_version):
    try:
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source),
            "_blank",
            0,
            properties(
                Hidden=True,
                ReadOnly=True,
                MacroExecutionMode=NEVER_EXECUTE_MACROS,
                # Without it LibreOffice opens any stray file as plain text and "succeeds".
                FilterName=DOCX_IMPORT_FILTER,
            ),
        )
    except DisposedException:
        raise  # soffice went away; main() reports it as a bridge failure
    except Exception as exc:  # UNO raises IllegalArgumentException, IOException, ...
        return {"ok": False, "stage": "load", "error": describe(exc)}
    if document is None:
        return {"ok": False, "stage": "load", "error": "LibreOffice could not open the file"}
    try:
        number_pages_in(document, page_number_zero(source))
        keep_with_next_on_its_page(document)
        uno.invoke(
            document,
            "storeToURL",
            (uno.systemPathToFileUrl(target), export_pdf_arguments(pdf_version)),
        )
    except DisposedException:
        raise
    except Exception as exc:
        return {"ok": False, "stage": "export", "error": describe(exc)}
    finally:
        try:
            document.close(True)
        except Exception:
            pass  # a document that will not close is dropped with the bridge later
    return {"ok": True}


#: com.sun.star.style.BreakType.PAGE_BEFORE
PAGE_BEFORE, PAGE_BOTH = 4, 6
#: Passes over the laid-out pages: each may push a keep-with-next chain on.
KEEP_PASSES = 6


def keep_with_next_on_its_page(document):
    """Where LibreOffice left a paragraph that keeps with the next (a heading, a lead-in, the
    first items of a short list) at the foot of a page and the next on the following page, start
    that page at the first paragraph of the chain.

    LibreOffice 7.4 does not always honour keep-with-next: after a table (one that goes over a
    page, or one laid out again), a chain at the foot of a page further on may be left there
    ("Your next review" alone at the foot of page 2 of Ahmad's social worker's copy, its text on
    page 3), and an empty paragraph after the table only moves the fault elsewhere. So the pages
    are read back and the chain is moved on by a page break before it; a chain that already starts
    its page, or is over two pages, or is followed by a page break of its own, is left as it is."""
    try:
        cursor = document.CurrentController.getViewCursor()
    except Exception:
        return  # no view: nothing to read the pages from
    for _ in range(KEEP_PASSES):
        elements = _body_elements(document)
        pages = [_pages_of(cursor, element) for element in elements]
        moved = False
        for i in range(1, len(elements) - 1):
            element, (first, last) = elements[i], pages[i]
            if not _keeps_with_next(element) or pages[i + 1][0] <= last or _breaks_before(elements[i + 1]):
                continue
            start = i
            while (start > 0 and _keeps_with_next(elements[start - 1])
                   and pages[start - 1][1] == first and pages[start - 1][0] == first):
                start -= 1
            if start == 0 or pages[start - 1][1] != pages[start][0] or pages[start][0] != last:
                continue  # the chain starts its page, or is itself over two pages
            try:
                elements[start].BreakType = PAGE_BEFORE
            except Exception:
                continue
            moved = True
            break  # the pages after it change: read them again
        if not moved:
            return


def _body_elements(document):
    elements = []
    enumeration = document.Text.createEnumeration()
    while enumeration.hasMoreElements():
        elements.append(enumeration.nextElement())
    return elements


def _keeps_with_next(element):
    try:
        return element.supportsService("com.sun.star.text.Paragraph") and bool(element.ParaKeepTogether)
    except Exception:
        return False


def _breaks_before(element):
    try:
        return element.BreakType in (PAGE_BEFORE, PAGE_BOTH) or bool(element.PageDescName)
    except Exception:
        return False


def _pages_of(cursor, element):
    """The pages an element's first and last lines are on."""
    try:
        if element.supportsService("com.sun.star.text.TextTable"):
            names = element.getCellNames()
            start = element.getCellByName(names[0]).getText().getStart()
            end = element.getCellByName(names[-1]).getText().getEnd()
        else:
            start, end = element.getStart(), element.getEnd()
        cursor.gotoRange(start, False)
        first = cursor.getPage()
        cursor.gotoRange(end, False)
        return first, cursor.getPage()
    except Exception:
        return 0, 0


# com.sun.star.style.NumberingType: ARABIC, NATIVE_NUMBERING (the field's language decides
# the digits), and the fixed NUMBER_ARABIC_INDIC, NUMBER_EAST_ARABIC_INDIC, NUMBER_INDIC_DEVANAGARI.
ARABIC, NATIVE_NUMBERING = 4, 12
_NUMBERING_OF_ZERO = {"\u0660": (57, None), "\u06f0": (58, None), "\u0966": (59, None),
                      "\u09e6": (NATIVE_NUMBERING, ("bn", "BD"))}
_PAGE_FIELD = re.compile(
    r'<w:fldSimple\b[^>]*\bw:instr="\s*(?:PAGE|NUMPAGES)\b[^"]*"[^>]*>(.*?)</w:fldSimple>', re.S)
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_PART = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")


def page_number_zero(source):
    """The zero of the digits a copy's page fields are written in ("0" when Western or
    when there are no page fields)."""
    try:
        with zipfile.ZipFile(source) as package:
            for name in package.namelist():
                if not _PART.match(name):
                    continue
                xml = package.read(name).decode("utf-8", "replace")
                for field in _PAGE_FIELD.finditer(xml):
                    for char in "".join(_TEXT.findall(field.group(1))):
                        value = unicodedata.decimal(char, None)
                        if value is not None:
                            return chr(ord(char) - value)
    except (OSError, zipfile.BadZipFile, KeyError):
        pass  # LibreOffice reports an unreadable file when it loads it
    return "0"


def number_pages_in(document, zero):
    """Page numbers in the digits whose zero is ``zero``: the page styles' numbering, which
    the PAGE and NUMPAGES fields follow."""
    numbering = _NUMBERING_OF_ZERO.get(zero)
    if numbering is None:
        return
    numbering_type, language = numbering
    styles = document.StyleFamilies.getByName("PageStyles")
    for name in styles.ElementNames:
        style = styles.getByName(name)
        if style.NumberingType == ARABIC:
            style.NumberingType = numbering_type
    if language is None:
        return
    # Native numbering is written in the field's language, which for a script LibreOffice
    # lays out as complex (Bengali) is the complex-script language, left as Arabic by a .docx
    # with no w:lang/@w:bidi. The page count ignores native numbering: once the pages are
    # laid out it is written as text in the copy's digits.
    from com.sun.star.lang import Locale
    native = Locale(language[0], language[1], "")
    counts = []
    fields = document.TextFields.createEnumeration()
    while fields.hasMoreElements():
        field = fields.nextElement()
        if field.supportsService("com.sun.star.text.textfield.PageNumber"):
            field.Anchor.CharLocaleComplex = native
        elif field.supportsService("com.sun.star.text.textfield.PageCount"):
            counts.append(field)
    document.TextFields.refresh()
    for field in counts:
        anchor = field.Anchor
        anchor.String = "".join(chr(ord(zero) + int(c)) if c in "0123456789" else c for c in anchor.String)


def describe(exc):
    message = getattr(exc, "Message", "") or str(exc)
    return f"{type(exc).__name__}: {message}".strip().splitlines()[0] if message else type(exc).__name__


def answer(reply):
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


def watch_parent(parent_pid, office_group, profile_dir):
    """Kill LibreOffice and remove its profile when recordgen dies, even by SIGKILL.

    soffice runs in a session of its own and forks soffice.bin, so no death
    signal set on it would reach the process that matters; this thread sees
    the parent go (this process is re-parented) and ends them all.
    """
    while os.getppid() == parent_pid:
        time.sleep(0.25)
    end_office(office_group, profile_dir)


def end_office(office_group, profile_dir):
    try:
        os.killpg(office_group, signal.SIGKILL)
    except OSError:
        pass
    if profile_dir:
        time.sleep(0.2)  # let the killed office let go of its files
        shutil.rmtree(profile_dir, ignore_errors=True)
    os._exit(1)


def serve(pipe_name, connect_seconds):
    try:
        desktop = connect(pipe_name, connect_seconds)
    except Exception as exc:
        answer({"ok": False, "stage": "bridge", "error": describe(exc)})
        return 1
    answer({"ok": True, "ready": True})
    for line in sys.stdin:
        request = json.loads(line)
        try:
            reply = convert(desktop, request["source"], request["target"], request["pdf_version"])
        except Exception as exc:  # the bridge died: soffice crashed or was killed
            answer({"ok": False, "stage": "bridge", "error": describe(exc)})
            return 1
        answer(reply)
    return 0


def main():
    pipe_name = sys.argv[1]
    connect_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    if len(sys.argv) <= 5:
        return serve(pipe_name, connect_seconds)
    parent, office_group, profile_dir = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    threading.Thread(target=watch_parent, args=(parent, office_group, profile_dir), daemon=True).start()
    try:
        code = serve(pipe_name, connect_seconds)
    except OSError:  # a broken pipe: recordgen has gone
        code = 1
        end_office(office_group, profile_dir)
    # stdin ended: recordgen has gone (it stops us with a signal, never by closing it).
    if code == 0 or os.getppid() != parent:
        end_office(office_group, profile_dir)
    return code


if __name__ == "__main__":
    sys.exit(main())
