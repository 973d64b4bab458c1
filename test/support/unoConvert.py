"""Converts files in a LibreOffice that keeps running (test/support/libreoffice.ts starts it with --accept), as
`soffice --convert-to FILTER --outdir DIR FILES` would, without a start of several seconds each time.

usage: unoConvert.py PIPE FILTER OUTDIR FILE...   FILTER as --convert-to takes it: ext[:FilterName[:Options]]
       unoConvert.py PIPE --quit                    LibreOffice ends, and takes its pipes from /tmp with it
Exit 0 when every file was written, 3 when LibreOffice could not be reached (the caller then starts its own)."""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# The filter --convert-to picks for an extension alone, by the kind of document (sfx2's default export filters).
DEFAULT_FILTERS = {
    "pdf": {"calc": "calc_pdf_Export", "writer": "writer_pdf_Export"},
    "ods": {"calc": "calc8"},
    "xlsx": {"calc": "Calc MS Excel 2007 XML"},
}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    until = time.time() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.time() > until:
                sys.exit(3)
            time.sleep(0.1)


def quit_office(pipe):
    ctx = connect(pipe, 5)
    try:
        ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx).terminate()
    except Exception:  # the bridge goes down as LibreOffice ends
        pass


def main():
    if sys.argv[2:] == ["--quit"]:
        return quit_office(sys.argv[1])
    pipe, filter_arg, outdir, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    ext, _, rest = filter_arg.partition(":")
    name, _, options = rest.partition(":")
    ctx = connect(pipe, 30)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    os.makedirs(outdir, exist_ok=True)
    for f in files:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(f)), "_blank", 0, (prop("Hidden", True),))
        try:
            kind = "calc" if doc.supportsService("com.sun.star.sheet.SpreadsheetDocument") else "writer"
            base = os.path.splitext(os.path.basename(f))[0]
            args = [prop("FilterName", name or DEFAULT_FILTERS[ext][kind]), prop("Overwrite", True)]
            if options:
                args.append(prop("FilterOptions", options))
            doc.storeToURL(uno.systemPathToFileUrl(os.path.join(os.path.abspath(outdir), f"{base}.{ext}")), tuple(args))
        finally:
            doc.close(True)


main()
