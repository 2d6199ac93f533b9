import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A GraphQL explorer that works with no internet (Apollo's default Sandbox loads from a CDN):
 * write a query, variables and the Authorization header (a bearer JWT), run it, and read the schema SDL beside it.
 */
const EXAMPLE_QUERY =
  'query Templates {\n  moduleTemplates { id nameEn durationMonths { min max } sessions { min max } }\n}';

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jejak GraphQL</title>
<style>body{font:14px system-ui,sans-serif;margin:0;display:grid;grid-template-columns:1fr 1fr;height:100vh}
section{display:flex;flex-direction:column;padding:8px;gap:6px;overflow:hidden}
textarea,pre{font:13px ui-monospace,monospace;border:1px solid #bbb;padding:6px;margin:0}
textarea{resize:vertical}pre{flex:1;overflow:auto;background:#f7f7f7}h1{font-size:16px;margin:0}label{font-weight:600}
button{padding:6px 12px;font-weight:600}</style></head><body>
<section><h1>Jejak GraphQL explorer</h1>
<label for="q">Query</label><textarea id="q" rows="14">${EXAMPLE_QUERY}</textarea>
<label for="v">Variables (JSON)</label><textarea id="v" rows="5">{}</textarea>
<label for="h">Headers (JSON): your bearer token. Development: paste the output of
<code>npm run token -- --role manager --user m1 --programmes default --regions 52 --header</code>
(any role: facilitator, manager, auditor, viewer, admin)</label>
<textarea id="h" rows="3">{"authorization":"Bearer paste-a-token-here"}</textarea>
<button id="run">Run</button><label>Result</label><pre id="out"></pre></section>
<section><h1>Schema (SDL)</h1><input id="filter" placeholder="filter types and fields">
<pre id="sdl">loading...</pre></section>
<script>
const $=id=>document.getElementById(id);let sdl='';
fetch('/schema.graphql').then(r=>r.text()).then(t=>{sdl=t;$('sdl').textContent=t});
$('filter').oninput=e=>{const f=e.target.value.toLowerCase();
$('sdl').textContent=f?sdl.split('\\n\\n').filter(b=>b.toLowerCase().includes(f)).join('\\n\\n'):sdl};
$('run').onclick=async()=>{let vars,hdrs;
try{vars=JSON.parse($('v').value||'{}');hdrs=JSON.parse($('h').value||'{}')}
catch(e){$('out').textContent='Bad JSON: '+e.message;return}
const r=await fetch('/graphql',{method:'POST',headers:{'content-type':'application/json',...hdrs},
body:JSON.stringify({query:$('q').value,variables:vars})});
$('out').textContent=JSON.stringify(await r.json(),null,2)};
</script></body></html>`;

export function offlineLandingPage(): ApolloServerPlugin {
  return {
    serverWillStart() {
      return Promise.resolve({
        renderLandingPage() {
          return Promise.resolve({ html: HTML });
        },
      });
    },
  };
}
