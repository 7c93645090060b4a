extension ReportAssets {
    /// The report's stylesheet: system fonts only, a quiet palette, one colour per entity type.
    static let css = #"""
:root{--bg:#f6f6f3;--panel:#fff;--ink:#1f2328;--muted:#6b7280;--line:#e6e4df;--accent:#4338ca;--quote:#c2410c;--pos:22,163,74;--neg:220,38,38}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.noscript{padding:2em;font-size:18px}
header.top{background:#15171c;color:#f3f4f6;padding:20px 32px 10px}
header.top h1{margin:0;font-size:24px;font-weight:650;letter-spacing:-.01em}
header.top h1 small{font-size:14px;font-weight:400;color:#9ca3af;margin-left:.6em}
header.top .sub{margin:4px 0 0;color:#9ca3af;font-size:13px}
nav.tabs{position:sticky;top:0;z-index:10;background:#15171c;padding:0 26px;display:flex;gap:2px;box-shadow:0 1px 0 rgba(0,0,0,.2)}
nav.tabs a{color:#d1d5db;padding:9px 12px 8px;font-size:14px;border-bottom:2px solid transparent}
nav.tabs a:hover{color:#fff;border-bottom-color:#818cf8;text-decoration:none}
nav.tabs a .n{color:#6b7280;font-size:12px;margin-left:.35em}
main{max-width:1200px;margin:0 auto;padding:22px 32px 120px}
section{margin:0 0 44px;scroll-margin-top:48px}
h2{font-size:19px;margin:0 0 12px;font-weight:650}
h2 .count{color:var(--muted);font-weight:400;font-size:14px;margin-left:.5em}
.hint{color:var(--muted);font-size:13px;margin:-6px 0 12px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(118px,1fr));gap:10px;margin-bottom:16px}
.card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:22px;font-weight:650;font-variant-numeric:tabular-nums}
.card span{color:var(--muted);font-size:12px}
.grid3{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:14px}
@media (max-width:960px){.grid3{grid-template-columns:1fr}}
.panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 16px 14px}
.panel h3{margin:0 0 10px;font-size:12px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.05em}
.bars .row{margin:0 0 7px;font-size:13px}
.bars .label{display:flex;justify-content:space-between;gap:8px}
.bars .label .v{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}
.bars .track{height:5px;background:#f0efeb;border-radius:3px;margin-top:2px}
.bars .fill{height:5px;border-radius:3px;background:var(--c,#94a3b8)}
.hist{display:flex;align-items:flex-end;gap:3px;height:90px;border-bottom:1px solid var(--line)}
.hist div{flex:1;border-radius:3px 3px 0 0;min-height:1px}
.hist-axis{display:flex;justify-content:space-between;color:var(--muted);font-size:11px;margin:2px 0 10px}
.extremes{list-style:none;margin:0;padding:0;font-size:13px}
.extremes li{display:flex;gap:8px;align-items:baseline;margin:3px 0}
.extremes li a{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.extremes .group{color:var(--muted);font-size:11px;text-transform:uppercase;letter-spacing:.05em;margin-top:8px}
.score{display:inline-block;min-width:3.6em;text-align:center;font-size:12px;font-variant-numeric:tabular-nums;padding:0 6px;border-radius:9px;background:#f0efeb}
[data-type]{--c:#64748b}
[data-type=PERSON]{--c:#2563eb}[data-type=GPE]{--c:#059669}[data-type=ORG]{--c:#d97706}[data-type=NORP]{--c:#7c3aed}
[data-type=LOC]{--c:#0891b2}[data-type=FAC]{--c:#a16207}[data-type=EVENT]{--c:#db2777}
.type{display:inline-block;font-size:11px;font-weight:600;color:var(--c);border:1px solid color-mix(in srgb,var(--c) 45%,transparent);border-radius:4px;padding:0 5px;line-height:17px;letter-spacing:.02em;white-space:nowrap}
button.type{background:none;cursor:pointer;font-family:inherit}
button.type.off{opacity:.35}
.toolbar{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center;margin:0 0 12px}
.toolbar input[type=search]{font:inherit;font-size:14px;padding:5px 10px;border:1px solid #d6d3cd;border-radius:6px;min-width:240px;background:#fff}
.toolbar select,.pager button,.more{font:inherit;font-size:14px;padding:4px 10px;border:1px solid #d6d3cd;border-radius:6px;background:#fff;color:var(--ink);cursor:pointer}
.pager{display:flex;gap:10px;align-items:center;color:var(--muted);font-size:13px;margin:0 0 12px}
.pager button:disabled{opacity:.4;cursor:default}
.chip{display:inline-flex;gap:6px;align-items:center;background:#eef2ff;color:#3730a3;border-radius:12px;padding:2px 4px 2px 10px;font-size:13px}
.chip button{border:0;background:#c7d2fe;color:#3730a3;border-radius:10px;cursor:pointer;width:20px;height:20px;line-height:18px;padding:0}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;font-size:12px;color:var(--muted);margin:0 0 14px}
.legend .scale{display:inline-block;width:110px;height:10px;border-radius:3px;vertical-align:middle;background:linear-gradient(90deg,rgba(var(--neg),.3),rgba(var(--neg),.06) 45%,transparent 50%,rgba(var(--pos),.06) 55%,rgba(var(--pos),.3))}
.doc{background:var(--panel);border:1px solid var(--line);border-radius:8px;margin:0 0 14px;scroll-margin-top:52px}
.doc>header{padding:10px 20px 9px;border-bottom:1px solid var(--line)}
.doc .num{color:var(--muted);font-size:12px;font-weight:400;font-variant-numeric:tabular-nums;margin-right:10px}
.doc .id{font-size:12px;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.doc .title{font-weight:600;font-size:16px}
.doc .facts{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:center;color:var(--muted);font-size:12px;margin-top:3px}
.docbody{display:grid;grid-template-columns:minmax(0,1fr) 260px}
@media (max-width:900px){.docbody{grid-template-columns:1fr}}
.text{padding:12px 20px 16px;white-space:pre-wrap;line-height:1.8;font-size:15.5px;max-width:84ch;overflow-wrap:anywhere}
.docbody aside{border-left:1px solid var(--line);padding:12px 16px;font-size:13px;background:#fcfcfa;border-radius:0 0 8px 0}
.docbody aside h4{margin:0 0 6px;font-size:11px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600}
.docbody aside h4~h4{margin-top:14px}
.strip{display:flex;flex-wrap:wrap;gap:2px}
.strip a{width:11px;height:16px;border-radius:2px;background:#ecebe7}
.strip a:hover{outline:1px solid #1f2328}
ul.ents,ul.rels{list-style:none;margin:0;padding:0}
ul.ents li{display:flex;justify-content:space-between;gap:6px;margin:2px 0}
ul.ents a.dot{color:var(--ink);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
ul.ents a.dot::before{content:"";display:inline-block;width:8px;height:8px;border-radius:50%;background:var(--c);margin-right:6px;vertical-align:1px}
ul.rels li{margin:3px 0;line-height:1.35}
.k{color:var(--muted)}
.text .s{border-radius:2px}
.text .flash{outline:2px solid #6366f1;outline-offset:1px}
mark.ent{color:inherit;background:color-mix(in srgb,var(--c) 13%,transparent);border-bottom:2px solid var(--c);border-radius:3px 3px 0 0;padding:0 1px;cursor:pointer}
mark.ent:hover,mark.ent.focus{background:color-mix(in srgb,var(--c) 28%,transparent)}
.q{cursor:pointer;text-decoration:underline dashed rgba(194,65,12,.55);text-decoration-thickness:1px;text-underline-offset:4px}
.q.direct,.q.partial{color:#431407;text-decoration:underline solid rgba(234,88,12,.8);text-decoration-thickness:2px}
.text .cue{font-style:italic;text-decoration:underline dotted #9a3412;text-underline-offset:3px}
.text .spk{font-weight:600}
.text .scue{box-shadow:inset 0 -2px 0 #6366f1}
.who{display:inline-block;margin:0 2px 0 4px;padding:0 6px;border-radius:8px;background:#fff1e6;color:#9a3412;font-size:11.5px;line-height:17px;font-weight:500;white-space:nowrap;cursor:pointer;vertical-align:1px;border:1px solid #fed7aa}
.who::before{content:"— "}
.who.none{background:#f3f4f6;color:#6b7280;border-color:#e5e7eb}
.who.unlinked{background:#fff;border-style:dashed;font-style:italic}
.failed{padding:12px 18px;color:#b91c1c;margin:0}
table.data{width:100%;border-collapse:collapse;background:var(--panel);font-size:14px;border:1px solid var(--line);border-radius:8px}
table.data th{text-align:left;font-size:11px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-weight:600;padding:8px 12px;background:#fbfaf8;border-bottom:1px solid var(--line);position:sticky;top:38px;z-index:2}
table.data td{border-top:1px solid #f0eee9;padding:6px 12px;vertical-align:top}
table.data td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.data th.n{text-align:right}
table.data .forms{color:var(--muted);font-size:13px}
table.data .content{max-width:560px}
table.data .unlinked{color:var(--muted);font-style:italic}
.more{margin:10px 0}
.stancewrap{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start}
.heatwrap{flex:0 1 auto;max-width:100%;overflow-x:auto;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
table.heat{border-collapse:separate;border-spacing:3px}
table.heat th{font-weight:500;font-size:12.5px;color:#374151}
table.heat th.row{text-align:right;padding-right:8px;white-space:nowrap;max-width:220px;overflow:hidden;text-overflow:ellipsis}
table.heat th.col{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;padding:4px 0;white-space:nowrap;max-height:170px;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
table.heat th.corner{font-size:11px;color:var(--muted);text-align:right;vertical-align:bottom;padding:0 8px 4px 0}
table.heat td{padding:0}
table.heat a.cell{display:block;width:40px;height:32px;line-height:32px;text-align:center;border-radius:4px;font-size:12.5px;font-variant-numeric:tabular-nums;color:#1f2328;text-decoration:none}
table.heat a.cell.dark{color:#fff}
table.heat a.cell:hover,table.heat a.cell.on{outline:2px solid #1f2328;outline-offset:1px}
table.heat td.empty{background:#f7f6f3;border-radius:4px;width:40px;height:32px}
.heatlegend{display:flex;gap:8px;align-items:center;font-size:12px;color:var(--muted);margin:10px 0 0}
.heatlegend .scale{width:160px;height:10px;border-radius:3px;background:linear-gradient(90deg,#b91c1c,#fecaca 40%,#f3f4f6 50%,#bbf7d0 60%,#15803d)}
.evidence{flex:1 1 380px;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 16px;max-height:720px;overflow:auto}
.evidence:empty{display:none}
.evidence h3{font-size:15px;margin:0 0 8px}
.evidence ol{margin:0;padding-left:1.4em}
.evidence li{margin:0 0 10px;line-height:1.6}
.evidence .src{font-size:12px;color:var(--muted);margin-left:.4em}
.evidence mark{background:#e0e7ff;color:inherit;border-radius:2px;padding:0 1px}
.pol{display:inline-block;font-size:11px;font-weight:600;border-radius:4px;padding:0 5px;margin-right:6px;text-transform:uppercase;letter-spacing:.03em}
.pol.support{background:#dcfce7;color:#166534}.pol.oppose{background:#fee2e2;color:#991b1b}
.empty-note{color:var(--muted);background:var(--panel);border:1px dashed #d6d3cd;border-radius:8px;padding:14px 16px}
.pop{position:absolute;z-index:30;background:#fff;border:1px solid #d6d3cd;border-radius:8px;box-shadow:0 10px 30px rgba(0,0,0,.14);padding:12px 14px;max-width:380px;font-size:13px;line-height:1.5}
.pop .t{font-size:15px;font-weight:650;margin-bottom:4px}
.pop .k{color:var(--muted)}
.pop p{margin:4px 0}
"""#
}
