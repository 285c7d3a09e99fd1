// Acting as a visitor in Firefox and WebKit through WebDriver: controls are found by the
// words a person (or a screen reader) knows them by, their label, legend or option text,
// and then clicked or typed into with real input events.
//
// fillInsuredCase is THE place that knows the questions' wording: when a question is
// renamed, change it here (and in tests/browser/harness.mjs for Chromium).
import { KEY, sleep } from "./webdriver.mjs";

// Runs in the page. `scope` is null for the document, or a selector for the host element
// whose shadow root holds the widget (a script mount).
function find(scope, kind, name, groupName) {
  const root = scope ? document.querySelector(scope)?.shadowRoot : document;
  if (!root) return null;
  const text = (el) => (el.textContent || "").replace(/\s+/g, " ").trim();
  const visible = (el) => el.getClientRects().length > 0;
  const nameOf = (el) => {
    const ids = el.getAttribute("aria-labelledby");
    if (ids) return ids.split(/\s+/).map((id) => root.getElementById(id)).filter(Boolean).map(text).join(" ");
    if (el.getAttribute("aria-label")) return el.getAttribute("aria-label").trim();
    if (el.localName === "fieldset") {
      const legend = el.querySelector(":scope > legend");
      return legend ? text(legend) : "";
    }
    return Array.from(el.labels ?? []).map(text).join(" ");
  };
  const pick = (candidates, label) => {
    const shown = Array.from(candidates).filter(visible);
    return shown.find((el) => nameOf(el) === label) ?? shown.find((el) => nameOf(el).includes(label)) ?? null;
  };
  let within = root;
  if (groupName && kind !== "choice") {
    within = pick(root.querySelectorAll("fieldset, [role=group], [role=radiogroup]"), groupName);
    if (!within) return null;
  }
  if (kind === "field") return pick(within.querySelectorAll("input, select, textarea"), name);
  if (kind === "option") {
    return Array.from(within.querySelectorAll("[role=option], option")).find((el) => visible(el) && text(el).includes(name)) ?? null;
  }
  if (kind === "choice") {
    // `name` is an option's text; `groupName` the label of its <select>.
    const select = pick(root.querySelectorAll("select"), groupName);
    return select ? Array.from(select.options).find((o) => text(o) === name) ?? null : null;
  }
  throw new Error(`find: unknown kind ${kind}`);
}

// Runs in the page: the overall verdict's words, once there is one.
function overall(scope) {
  const root = scope ? document.querySelector(scope)?.shadowRoot : document;
  const box = root?.querySelector(".overall");
  return box ? box.textContent.trim() : null;
}

/** A visitor on the page (scope null) or in the script mount `scope` (a host selector). */
export function visitor(session, scope = null) {
  const locate = (kind, name, group) =>
    session.waitFor(find, [scope, kind, name, group ?? null], { what: `${kind} "${name}"${group ? ` in "${group}"` : ""}` });
  const v = {
    field: (label, group) => locate("field", label, group),
    /** Clicks a radio button or checkbox, and makes sure it took. */
    async check(label, group) {
      const el = await v.field(label, group);
      for (let attempt = 0; attempt < 3; attempt++) {
        await session.click(el);
        // In an iframe that the host resizes as the widget grows, the page can move under
        // the pointer between WebDriver's scroll and its click: then click again.
        if (await session.execute((e) => e.checked, el)) return;
        await sleep(200);
      }
      throw new Error(`"${label}" did not become checked`);
    },
    async fill(label, value) {
      const el = await v.field(label);
      await session.clear(el);
      await session.type(el, value);
    },
    /** Chooses an option of a <select> (WebDriver clicks the option; no menu opens). */
    async select(label, optionText) {
      await session.click(await locate("choice", optionText, label));
    },
    async press(label, key) {
      await session.type(await v.field(label), KEY[key]);
    },
    async chooseDisease(query, name) {
      await v.fill("질환", query);
      await session.click(await locate("option", name));
    },
    async choosePlace(query, name) {
      await v.fill("주민등록상 주소", query);
      await session.click(await locate("option", name));
    },
    async verdict() {
      return session.waitFor(overall, [scope], { what: "the overall verdict" });
    },
    value: async (label) => session.execute((el) => el.value, await v.field(label)),
    /** Moves on from a field with Tab, as a person goes to the next one. */
    async leave(label) {
      await v.press(label, "Tab");
    },
  };
  return v;
}

/**
 * Fills the questions of a health-insured case, by label, as tests/browser/harness.mjs
 * does for Chromium. `c`: { year, registered, disease, diseaseQuery, diseaseText, age,
 * coverage, place, placeQuery, size, income, property }.
 */
export async function fillInsuredCase(v, c) {
  if (c.year) await v.select("기준 연도", String(c.year));
  await v.check(c.registered === false ? "아니요" : "예", "희귀질환 산정특례에 등록되어 있나요?");
  if (c.disease) await v.chooseDisease(c.diseaseQuery ?? c.disease, c.disease);
  if (c.diseaseText) await v.fill("질환", c.diseaseText);
  await v.fill("환자의 만 나이", String(c.age ?? 34));
  const coverage = c.coverage ?? "건강보험";
  await v.check(coverage);
  if (coverage === "건강보험") {
    await v.choosePlace(c.placeQuery ?? "과천", c.place ?? "경기도 과천시");
    await v.fill("가구원 수(환자 포함)", String(c.size ?? 3));
    await v.fill("가구의 월 소득", c.income);
    await v.fill("가구의 재산", c.property);
  }
}
