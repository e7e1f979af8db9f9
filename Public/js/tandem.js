// Small progressive touches; every page works without this file.
document.addEventListener("submit", (event) => {
  const button = event.submitter;
  const message = (button && button.dataset.confirm) || event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});

// Live SMART hints on the goal form: the same rules as "Check my goal", asked of the API
// while the person types. Without JavaScript the button does the same job.
(() => {
  const form = document.querySelector("form[data-smart-check]");
  const panel = document.getElementById("smart-live");
  if (!form || !panel) return;
  const names = ["title", "description", "measure", "target_date", "milestones"];
  let timer = null;
  let asked = 0;

  async function check() {
    const body = { relationship_id: form.dataset.smartCheck };
    for (const name of names) body[name] = form.elements[name] ? form.elements[name].value : "";
    if (!body.title.trim()) { panel.hidden = true; return; }
    const ticket = ++asked;
    const response = await fetch("/api/v1/smart-check", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": form.elements.csrf_token.value },
      body: JSON.stringify(body),
    });
    if (!response.ok || ticket !== asked) return;
    render(await response.json());
  }

  function render(report) {
    const labels = { specific: "Specific", measurable: "Measurable", achievable: "Achievable", relevant: "Relevant", time_bound: "Time-bound" };
    const list = document.createElement("ul");
    list.className = "smart-list";
    let met = 0;
    for (const finding of report.findings) {
      if (finding.met) met += 1;
      const item = document.createElement("li");
      item.className = finding.met ? "met" : "missing";
      const mark = document.createElement("span");
      mark.className = "mark";
      mark.setAttribute("aria-hidden", "true");
      mark.textContent = finding.met ? "✓" : "!";
      const label = document.createElement("strong");
      label.textContent = labels[finding.criterion] || finding.criterion;
      item.append(mark, " ", label, " ", finding.met ? "looks good" : finding.hint);
      list.append(item);
    }
    panel.querySelector("h2").textContent = `SMART check: ${met} of 5`;
    panel.querySelector("ul").replaceWith(list);
    panel.hidden = false;
  }

  form.addEventListener("input", (event) => {
    if (!names.includes(event.target.name)) return;
    clearTimeout(timer);
    timer = setTimeout(() => check().catch(() => {}), 500);
  });
})();
