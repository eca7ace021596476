import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Our own Markdown payloads: the ways Markdown itself can carry script past a sanitizer. */
export const MARKDOWN_PAYLOADS: string[] = [
  "[click me](javascript:alert(1))",
  "[click me](JaVaScRiPt:alert(1))",
  "[click me](javascript&#58;alert(1))",
  "[click me](javascript&colon;alert(1))",
  "[click me](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[click me](&#x6A;avascript:alert(1))",
  "[click me](java%0ascript:alert(1))",
  "[click me](java\tscript:alert(1))",
  "[click me]( javascript:alert(1))",
  "[click me](<javascript:alert(1)>)",
  "[click me](vbscript:msgbox(1))",
  "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click me](data:text/html,<script>alert(1)</script>)",
  '[click me]("javascript:alert(1)")',
  "[a](javascript:window.__xssFlag=1)",
  "![pic](javascript:alert(1))",
  "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  '![pic](x" onerror="alert(1))',
  '![x" onerror="alert(1)](https://example.org/a.png)',
  '![pic](https://example.org/a.png "title\\" onerror=\\"alert(1)")',
  '[link](https://example.org "a\\" onmouseover=\\"alert(1)")',
  "[link](https://example.org 'x' onclick='alert(1)')",
  "[ref][x]\n\n[x]: javascript:alert(1)",
  '[ref][y]\n\n[y]: javascript:alert(1) "title"',
  "![ref][z]\n\n[z]: javascript:alert(1)",
  "[ref]\n\n[ref]: <javascript:alert(1)>",
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  '<https://example.org/"onmouseover="alert(1)>',
  'www.example.org/"onmouseover="alert(1)',
  "https://example.org/<img src=x onerror=alert(1)>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;img src=x onerror=alert(1)&#62;",
  "\\<script>alert(1)\\</script>",
  "`<script>alert(1)</script>` and <script>alert(2)</script>",
  "```\n</code><script>alert(1)</script>\n```",
  '```html"><img src=x onerror=alert(1)>\ncode\n```',
  "<svg><script>alert(1)</script></svg>",
  "<svg onload=alert(1)>",
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">go</text></a></svg>',
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<a href="https://example.org" onclick="alert(1)">ok</a>',
  '<a href=" javascript:alert(1)">space</a>',
  '<a href="&#x0A;javascript:alert(1)">newline entity</a>',
  "<a href=javascript&colon;alert(1)>colon entity</a>",
  '<a title="x" href="https://example.org"" onmouseover=alert(1)>double quote</a>',
  '<p title="</p><img src=x onerror=alert(1)>">attribute breaking</p>',
  "**bold<img src=x onerror=alert(1)>** _em<script>alert(1)</script>_",
  "> quote <img src=x onerror=alert(1)>",
  "- item [x](javascript:alert(1))\n- item <iframe src=javascript:alert(1)></iframe>",
  "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
  "# heading <img src=x onerror=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<form action=javascript:alert(1)><button>go</button></form>",
  "<button formaction=javascript:alert(1)>go</button>",
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<base href="javascript:alert(1)//">[relative](x)',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  "<style>@import 'javascript:alert(1)';</style>",
  '<div style="background:url(javascript:alert(1))">styled</div>',
  '<img src=x onerror="window.__xssFlag=1">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  "<![CDATA[<img src=x onerror=alert(1)>]]>",
  "[x](https://example.org)<img src=x onerror=alert(1)>[y](#)",
  "[![img](https://example.org/a.png)](javascript:alert(1))",
  '[x](#" onmouseover="alert(1))',
  '<a href="/circles" id="__proto__" name="alert">clobber</a>',
  '<img name="getElementById" src=x>',
  '<form id="__remixContext"><input name="url" value="javascript:alert(1)"></form>',
];

/** Every payload in ../shared/data/xss/*.txt (read at test time, never copied), plus ours, deduplicated. */
export function loadPayloads(limit?: number): { shared: number; own: number; payloads: string[] } {
  const dir = path.resolve("..", "shared", "data", "xss");
  const shared = new Set<string>();
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      for (const line of readFileSync(path.join(dir, file), "utf8").split(/\r?\n/)) if (line.trim()) shared.add(line);
    }
  }
  const all = new Set<string>(shared);
  for (const p of MARKDOWN_PAYLOADS) all.add(p);
  const payloads = [...all];
  // XSS_LIMIT (development only) takes an even sample, to iterate quickly on a fix.
  const sample = limit ? payloads.filter((_, i) => i % Math.ceil(payloads.length / limit) === 0) : payloads;
  return { shared: shared.size, own: MARKDOWN_PAYLOADS.length, payloads: sample };
}

/** Splits a list into chunks of at most n. */
export function chunk<T>(items: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
