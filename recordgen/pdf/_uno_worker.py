"""Drives one LibreOffice listener over UNO; run by ConverterPool, not by people.

Runs under a Python that can ``import uno`` (on Debian the system python3 with
python3-uno), which need not be the interpreter recordgen runs on, so this file
imports nothing from recordgen. It speaks JSON lines: one request on stdin,
one answer on stdout, always in order.

    request:  {"source": "/abs/in.docx", "target": "/abs/out.pdf", "pdf_version": 2}
    answer:   {"ok": true} or {"ok": false, "stage": "load"|"export"|"bridge", "error": "..."}
"""

import json
import sys
import time

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


def describe(exc):
    message = getattr(exc, "Message", "") or str(exc)
    return f"{type(exc).__name__}: {message}".strip().splitlines()[0] if message else type(exc).__name__


def answer(reply):
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()


def main():
    pipe_name = sys.argv[1]
    connect_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
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


if __name__ == "__main__":
    sys.exit(main())
