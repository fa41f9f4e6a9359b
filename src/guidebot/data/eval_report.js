// guidebot evaluation report: filters for the case list (inlined by guidebot.evaluation_html)
(() => {
  const cases = [...document.querySelectorAll('.case')];
  const text = new Map(cases.map(c => [c, c.textContent.toLowerCase()]));
  const $ = id => document.getElementById(id);
  const apply = () => {
    const q = $('q').value.trim().toLowerCase();
    const tag = $('tag').value, kind = $('kind').value, status = $('status').value;
    let shown = 0;
    for (const c of cases) {
      const ok = (!tag || c.dataset.tags.split(' ').includes(tag))
        && (!kind || c.dataset.kind === kind)
        && (!status || c.dataset.status === status)
        && (!q || text.get(c).includes(q));
      c.hidden = !ok;
      if (ok) shown++;
    }
    $('count').textContent = `${shown} of ${cases.length} cases`;
  };
  for (const id of ['q', 'tag', 'kind', 'status']) $(id).addEventListener('input', apply);
  $('toggle').addEventListener('click', () => {
    const open = $('toggle').textContent === 'expand all';
    cases.forEach(c => { if (!c.hidden) c.open = open; });
    $('toggle').textContent = open ? 'collapse all' : 'expand all';
  });
  document.querySelectorAll('.tagrow').forEach(b => b.addEventListener('click', () => {
    $('tag').value = b.dataset.tag;
    apply();
    $('cases').scrollIntoView({behavior: 'smooth'});
  }));
  apply();
})();
