#!/usr/bin/env python3
"""Moves Chinese string literals of the model (src/Township.Congress) into Resources/ModelText*.resx.

  model_text.py list [FILE...]      one TSV row per Chinese literal: file, line, index-in-line, template
  model_text.py apply MAP.tsv       MAP rows: file, line, index, key, english (the Chinese comes from the source);
                                    each literal becomes ModelText.Key (or string.Format(ModelText.Key, holes...)),
                                    and the key is added to ModelText.resx (Chinese) and ModelText.en.resx (English).
A one-off helper for issue 10; new messages are added by hand (docs/architecture.md, "Messages").
"""
import re, sys, os, html

CJK = re.compile(r'[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]')
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODEL = os.path.join(ROOT, 'src', 'Township.Congress')
RESX = os.path.join(MODEL, 'Resources', 'ModelText.resx')
RESX_EN = os.path.join(MODEL, 'Resources', 'ModelText.en.resx')


def literals(src):
    """Yields (start, end, kind, raw) for every string literal outside comments. kind: '', '@', '$', '$@'."""
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('//', i):
            i = src.find('\n', i); i = n if i < 0 else i
            continue
        if src.startswith('/*', i):
            i = src.find('*/', i) + 2
            continue
        if c == "'":
            j = i + 1
            while src[j] != "'":
                j += 2 if src[j] == '\\' else 1
            i = j + 1
            continue
        m = re.match(r'(\$@|@\$|\$|@)?"', src[i:i + 3])
        if m and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == '_')):
            prefix = m.group(1) or ''
            if src.startswith('"""', i + len(prefix)):
                j = src.find('"""', i + len(prefix) + 3) + 3
                yield i, j, 'raw', src[i:j]; i = j; continue
            j = i + len(prefix) + 1
            verbatim = '@' in prefix
            interp = '$' in prefix
            depth = 0
            while True:
                ch = src[j]
                if interp and depth == 0 and ch == '{':
                    if src[j + 1] == '{': j += 2; continue
                    depth = 1; j += 1; continue
                if interp and depth > 0:
                    if ch == '"':  # nested string inside a hole
                        k = j + 1
                        while src[k] != '"':
                            k += 2 if src[k] == '\\' else 1
                        j = k + 1; continue
                    if ch in '({[': depth += 1
                    elif ch in ')]': depth -= 1
                    elif ch == '}': depth -= 1
                    j += 1; continue
                if not verbatim and ch == '\\': j += 2; continue
                if ch == '"':
                    if verbatim and src[j + 1] == '"': j += 2; continue
                    break
                j += 1
            yield i, j + 1, prefix.replace('@$', '$@'), src[i:j + 1]
            i = j + 1
            continue
        i += 1


def unescape(body):
    return body.encode('utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8') if '\\' in body else body


def template(kind, raw):
    """The literal as a resource value: holes become {0}, {1}; returns (value, [hole expressions])."""
    body = raw[len(kind) + 1:-1]
    if 'raw' == kind: raise ValueError('raw literal')
    if '$' not in kind:
        return (body.replace('""', '"') if '@' in kind else unescape(body)), []
    out, holes, j = [], [], 0
    while j < len(body):
        ch = body[j]
        if ch == '{' and body.startswith('{{', j): out.append('{{'); j += 2; continue
        if ch == '}' and body.startswith('}}', j): out.append('}}'); j += 2; continue
        if ch == '{':
            k, depth, fmt_at = j + 1, 0, None
            while True:
                c = body[k]
                if c == '"':
                    k += 1
                    while body[k] != '"': k += 2 if body[k] == '\\' else 1
                elif c in '([': depth += 1
                elif c in ')]': depth -= 1
                elif c == ':' and depth == 0 and fmt_at is None: fmt_at = k
                elif c == '}' and depth == 0: break
                k += 1
            expr = body[j + 1:(fmt_at if fmt_at is not None else k)]
            fmt = body[fmt_at:k] if fmt_at is not None else ''
            out.append('{%d%s}' % (len(holes), fmt)); holes.append(expr.strip()); j = k + 1; continue
        out.append(ch); j += 1
    value = ''.join(out)
    return (value.replace('""', '"') if '@' in kind else unescape(value)), holes


def cjk_literals(path):
    src = open(path, encoding='utf-8').read()
    per_line = {}
    for s, e, kind, raw in literals(src):
        if not CJK.search(raw): continue
        line = src.count('\n', 0, s) + 1
        idx = per_line.get(line, 0); per_line[line] = idx + 1
        yield src, s, e, kind, raw, line, idx


def model_files(args):
    if args: return [os.path.abspath(a) for a in args]
    out = []
    for d, _, fs in os.walk(MODEL):
        if '/obj' in d or '/bin' in d: continue
        out += [os.path.join(d, f) for f in fs if f.endswith('.cs')]
    return sorted(out)


def cmd_list(args):
    for f in model_files(args):
        for _, _, _, kind, raw, line, idx in cjk_literals(f):
            try: value, holes = template(kind, raw)
            except ValueError: value, holes = raw, []
            print('\t'.join([os.path.relpath(f, ROOT), str(line), str(idx), value.replace('\n', '\\n'), ' | '.join(holes)]))


def read_resx(path):
    if not os.path.exists(path): return {}
    text = open(path, encoding='utf-8').read()
    return {m.group(1): html.unescape(m.group(2)) for m in
            re.finditer(r'<data name="([^"]+)" xml:space="preserve">\s*<value>(.*?)</value>', text, re.S)}


HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''


def write_resx(path, entries):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as w:
        w.write(HEAD)
        for k in sorted(entries, key=str.lower):
            w.write('  <data name="%s" xml:space="preserve">\n    <value>%s</value>\n  </data>\n'
                    % (k, html.escape(entries[k], quote=False)))
        w.write('</root>\n')


def cmd_apply(args):
    rows = [l.rstrip('\n').split('\t') for l in open(args[0], encoding='utf-8') if l.strip() and not l.startswith('#')]
    zh, en = read_resx(RESX), read_resx(RESX_EN)
    by_file = {}
    for r in rows:
        f, line, idx, key, english = r[:5]
        by_file.setdefault(f, {})[(int(line), int(idx))] = (key, english)
    for f, wanted in by_file.items():
        path = os.path.join(ROOT, f)
        edits, src = [], None
        for src, s, e, kind, raw, line, idx in cjk_literals(path):
            if (line, idx) not in wanted: continue
            key, english = wanted.pop((line, idx))
            value, holes = template(kind, raw)
            if key in zh and zh[key] != value: sys.exit(f'{f}:{line}: key {key} already means {zh[key]!r}, not {value!r}')
            zh[key] = value; en[key] = english
            code = f'ModelText.{key}' if not holes else f'string.Format(ModelText.{key}, {", ".join(holes)})'
            edits.append((s, e, code))
        if wanted: sys.exit(f'{f}: no literal at {sorted(wanted)}')
        for s, e, code in sorted(edits, reverse=True):
            src = src[:s] + code + src[e:]
        if 'using Township.Congress.Resources;' not in src:
            m = list(re.finditer(r'^using [^;]+;\n', src, re.M))
            at = m[-1].end() if m else 0
            src = src[:at] + 'using Township.Congress.Resources;\n' + ('\n' if not m else '') + src[at:]
        open(path, 'w', encoding='utf-8').write(src)
    write_resx(RESX, zh); write_resx(RESX_EN, en)


if __name__ == '__main__':
    {'list': cmd_list, 'apply': cmd_apply}[sys.argv[1]](sys.argv[2:])
