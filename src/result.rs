//! The result, answer first: the verdict in one sentence, the items the visitor needs
//! with their verdicts and amounts, what to do next and how far each household is from
//! each limit. The reasons, the tests with their picture, the documents, the notes, the
//! other items, the sources and the answers follow, collapsed; the printout opens them
//! all. Everything shown comes from the `rules::Decision`; nothing is computed here.

use leptos::prelude::*;
use rules::vocab::{group_digits, korean_reading};
use rules::{
    Basis, Case, Citation, Coverage, Decision, ExcludedStatus, Explained, HouseholdKind, Item,
    Lang, Note, Payout, SublistAnswer, TestKind, ThresholdQuery, ThresholdTest, Verdict,
};

use crate::chart::{sizes_chart, tests_chart};
use crate::config::Centre;
use crate::family::household_label;
use crate::focus_id;
use crate::i18n::Messages;
use crate::state::{use_state, Field, State};

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Likely => "verdict likely",
        Verdict::Unlikely => "verdict unlikely",
        Verdict::Review => "verdict review",
        Verdict::RegisterFirst => "verdict register-first",
        Verdict::NotApplicable => "verdict not-applicable",
    }
}

/// A question's label, as the error summary and the still-to-answer list name it.
pub fn field_label(field: Field, m: &'static Messages) -> String {
    let state = use_state();
    let household = |id: u32| {
        let a = state.answers;
        let o = a.obligors.get().into_iter().find(|o| o.id == id);
        match o {
            Some(o) => state
                .family
                .with(|r| household_label(&o, &r.obligors.households, &a, m)),
            None => String::new(),
        }
    };
    match field {
        Field::Registered => m.registered_question.into(),
        Field::Disease => m.disease_label.into(),
        Field::Age => m.age_label.into(),
        Field::Coverage => m.coverage_label.into(),
        Field::Place => m.place_label.into(),
        Field::Town => m.town_legend.into(),
        Field::Size => m.size_label.into(),
        Field::Income => m.income_label.into(),
        Field::Property => m.property_label.into(),
        Field::Patients => m.patients_label.into(),
        Field::ObligorSize(id) => format!("{}: {}", household(id), m.size_label),
        Field::ObligorIncome(id) => format!("{}: {}", household(id), m.income_label),
        Field::ObligorProperty(id) => format!("{}: {}", household(id), m.property_label),
        Field::ObligorPlace(id) => format!("{}: {}", household(id), m.place_label),
        Field::ObligorTown(id) => format!("{}: {}", household(id), m.town_legend),
    }
}

/// Whose test it is: "환자 가구", or the obligor household by who is in it.
fn household_name(state: &State, t: &ThresholdTest, m: &'static Messages) -> String {
    match t.household {
        HouseholdKind::Patient => HouseholdKind::Patient.text(m.lang).to_string(),
        HouseholdKind::Obligor => {
            let a = state.answers;
            let list = a.obligors.get();
            match t.obligor_index.and_then(|i| list.get(i - 1)) {
                Some(o) => state
                    .family
                    .with(|r| household_label(o, &r.obligors.households, &a, m)),
                None => HouseholdKind::Obligor.text(m.lang).to_string(),
            }
        }
    }
}

/// An amount in words, rounded to 만원 where that reads better: down when it is room
/// to spare (never promising more), up when it is an excess (never hiding any).
fn rounded(won: i64, up: bool, lang: Lang) -> String {
    let man = 10_000;
    let won = if won >= man {
        if up {
            (won + man - 1) / man * man
        } else {
            won / man * man
        }
    } else {
        won
    };
    rules::vocab::won(won, lang)
}

/// "월 소득이 309만원 더 많아도 기준 안입니다" / "재산이 기준보다 1,200만원 많습니다".
pub fn margin(t: &ThresholdTest, m: &Messages) -> String {
    let kind = t.kind.text(m.lang);
    let text = if t.headroom > 0 {
        (m.margin_pass)(kind, &rounded(t.headroom, false, m.lang))
    } else if t.headroom == 0 {
        (m.margin_at)(kind)
    } else {
        let over = t.value - t.threshold;
        if over == 0 {
            (m.margin_equal)(kind)
        } else {
            (m.margin_fail)(kind, &rounded(over, true, m.lang))
        }
    };
    if t.basis == Basis::Estimated {
        format!("{text} ({})", m.margin_estimated)
    } else {
        text
    }
}

/// The citations of what the result shows, numbered in order of first appearance.
struct Sources(Vec<Citation>);

impl Sources {
    fn number(&mut self, c: Citation) -> usize {
        match self.0.iter().position(|x| *x == c) {
            Some(i) => i + 1,
            None => {
                self.0.push(c);
                self.0.len()
            }
        }
    }
}

/// A sentence with its citation: a short marker on screen that links to the numbered
/// list, and the whole citation in the printout.
fn cited(e: &dyn Explained, sources: &mut Sources, lang: Lang) -> impl IntoView {
    let citation = e.citation().map(|c| (sources.number(c), c.text(lang)));
    view! {
        {e.sentence(lang)}
        {citation.map(|(n, full)| view! {
            " "
            <a class="cite" href=format!("#cite-{n}") on:click=move |ev| {
                ev.prevent_default();
                focus_id(&format!("cite-{n}"));
            }>
                <span class="visually-hidden">{if lang == Lang::Ko { "근거 " } else { "source " }}</span>
                {format!("[{n}]")}
            </a>
            <span class="cite-full">" "{full}</span>
        })}
    }
}

#[component]
pub fn ResultPanel() -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let lang = state.lang;
    let overall = Memo::new(move |_| {
        let wanted = state.answers.wanted_items();
        state.decision.with(|d| match d {
            Some(Ok(d)) => Some(d.overall_for(&wanted)),
            _ => None,
        })
    });

    // Only the overall verdict is announced, and only when it changes: reading the whole
    // result on every keystroke would drown the questions.
    let announcement = move || {
        let m = m.get();
        overall
            .get()
            .map(|v| format!("{}: {}", m.result_title, v.sentence(m.lang)))
            .unwrap_or_default()
    };

    view! {
        <section class="result" id="result" aria-labelledby="result-title">
            <h2 id="result-title" tabindex="-1">{move || m.get().result_title}</h2>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announcement}</p>
            {move || {
                let m = m.get();
                let lang = lang.get();
                match state.decision.get() {
                    Some(Ok(decision)) => {
                        let case = state.reading.with(|r| r.case.clone());
                        decision_view(state, &decision, case, m, lang).into_any()
                    }
                    Some(Err(e)) => view! { <p class="waiting">{m.result_invalid}" "{e.text(lang)}</p> }.into_any(),
                    None => waiting_view(state, m).into_any(),
                }
            }}
            <p class="disclaimer">{move || m.get().disclaimer}</p>
        </section>
        <VerdictBar overall=overall/>
    }
}

/// Before the case is complete: which questions are left, as links to them. It follows
/// the answers.
fn waiting_view(state: State, m: &'static Messages) -> impl IntoView {
    let (missing, problems) = state
        .reading
        .with(|r| (r.missing.clone(), !r.problems.is_empty()));
    if problems {
        return view! { <p class="waiting">{m.result_invalid}</p> }.into_any();
    }
    if missing.len() >= 5 {
        return view! { <p class="waiting">{m.result_waiting}</p> }.into_any();
    }
    view! {
        <div class="waiting">
            <p>{m.result_missing}</p>
            <ul class="missing">
                {missing
                    .into_iter()
                    .map(|field| {
                        view! {
                            <li>
                                <a
                                    href=format!("#{}", field.id())
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_id(&field.id());
                                    }
                                >
                                    {field_label(field, m)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

fn decision_view(
    state: State,
    d: &Decision,
    case: Option<Case>,
    m: &'static Messages,
    lang: Lang,
) -> impl IntoView {
    let ds = state.dataset.get();
    let wanted = state.answers.wanted_items();
    let (chosen, others): (Vec<_>, Vec<_>) = d
        .items
        .iter()
        .partition(|i| wanted.contains(&i.item) || i.verdict == Verdict::RegisterFirst);
    let others: Vec<_> = others
        .into_iter()
        .filter(|i| i.verdict != Verdict::NotApplicable)
        .collect();
    let overall = d.overall_for(&wanted);
    let mut sources = Sources(Vec::new());

    let summary = chosen
        .iter()
        .map(|i| {
            let payout = matches!(i.verdict, Verdict::Likely | Verdict::Review)
                .then(|| Payout::of(i.item, ds).short(lang));
            view! {
                <li class="item-summary">
                    <span class="item-name">{i.item.text(lang)}</span>
                    <span class=verdict_class(i.verdict)>{i.verdict.text(lang)}</span>
                    {payout.map(|p| view! { <span class="payout">{p}</span> })}
                </li>
            }
        })
        .collect_view();

    let (apply_notes, other_notes): (Vec<&Note>, Vec<&Note>) = d.notes.iter().partition(|n| {
        matches!(
            n,
            Note::ApplyAtHealthCentre
                | Note::InvestigationTakesAMonth
                | Note::SupportFromApplication
                | Note::OnlineOpen
                | Note::OnlineClosed(_)
        )
    });
    let online_reason = apply_notes
        .iter()
        .find(|n| matches!(n, Note::OnlineClosed(_) | Note::OnlineOpen))
        .map(|n| cited(*n, &mut sources, lang));
    let names: Vec<String> = d
        .tests
        .iter()
        .map(|t| household_name(&state, t, m))
        .collect();

    // The margin to each limit, household by household.
    let margins = d
        .tests
        .iter()
        .zip(&names)
        .map(|(t, name)| {
            view! {
                <li class:over=!t.passed>
                    <span class="margin-who">{format!("{name} · {}", t.kind.text(lang))}</span>
                    {margin(t, m)}
                </li>
            }
        })
        .collect_view();

    let reasons = chosen
        .iter()
        .map(|i| {
            let lines = i
                .reasons
                .iter()
                .map(|r| view! { <li>{cited(r, &mut sources, lang)}</li> })
                .collect_view();
            view! {
                <li class="item">
                    <h4>
                        {i.item.text(lang)}
                        " "
                        <span class=verdict_class(i.verdict)>{i.verdict.text(lang)}</span>
                    </h4>
                    <ul class="reasons">{lines}</ul>
                </li>
            }
        })
        .collect_view();
    let documents = d
        .documents
        .iter()
        .map(|doc| view! { <li>{cited(doc, &mut sources, lang)}</li> })
        .collect_view();
    let apply_lines = apply_notes
        .iter()
        .filter(|n| !matches!(n, Note::OnlineOpen | Note::OnlineClosed(_)))
        .map(|n| view! { <li>{cited(*n, &mut sources, lang)}</li> })
        .collect_view();
    let notes = other_notes
        .iter()
        .map(|n| view! { <li>{cited(*n, &mut sources, lang)}</li> })
        .collect_view();
    let other_items = others
        .iter()
        .map(|i| {
            view! {
                <li>
                    <strong>{i.item.text(lang)}</strong>
                    ": "
                    {rules::reasons::needs(i.item, ds, lang)}
                </li>
            }
        })
        .collect_view();
    let documents_count = d.documents.len();
    let has_tests = !d.tests.is_empty();
    let sizes = case.as_ref().and_then(|c| sizes_view(state, d, c, m));
    let tests = has_tests.then(|| tests_view(d, &names, m));
    let centres = centres_view(state, d, m);
    let cited_list = sources
        .0
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <li id=format!("cite-{}", i + 1) tabindex="-1">{c.name(lang)}</li> })
        .collect_view();

    view! {
        <p class=format!("overall {}", verdict_class(overall))>{overall.sentence(lang)}</p>

        <h3>{m.items_title}</h3>
        <ul class="items-summary">{summary}</ul>

        <h3>{m.next_title}</h3>
        <ul class="next">
            <li>{m.apply_where}</li>
            <li class="online">
                <strong>{if d.online_application { m.online_open } else { m.online_closed }}</strong>
                {online_reason.map(|r| view! { " — "{r} })}
            </li>
            {(documents_count > 0).then(|| view! {
                <li><a href="#documents" on:click=move |ev| {
                    ev.prevent_default();
                    open_and_focus("documents");
                }>{(m.documents_count)(documents_count)}</a></li>
            })}
        </ul>
        {centre_view(m)}
        {centres}

        {has_tests.then(|| view! {
            <h3>{m.margins_title}</h3>
            <ul class="margins">{margins}</ul>
        })}

        <details class="more" id="why">
            <summary>{m.why_title}</summary>
            <ul class="items">{reasons}</ul>
        </details>
        {has_tests.then(|| view! {
            <details class="more" id="tests">
                <summary>{m.tests_title}</summary>
                {tests}
                {sizes}
            </details>
        })}
        <details class="more" id="documents">
            <summary>{m.documents_title}</summary>
            <ul class="checklist">{documents}</ul>
        </details>
        <details class="more" id="notes">
            <summary>{m.notes_title}</summary>
            <h4>{m.apply_title}</h4>
            <ul>{apply_lines}</ul>
            <ul class="notes">{notes}</ul>
        </details>
        {(!others.is_empty()).then(|| view! {
            <details class="more" id="other-items">
                <summary>{m.other_items_title}</summary>
                <p class="hint">{m.other_items_hint}</p>
                <ul>{other_items}</ul>
            </details>
        })}
        <details class="more" id="sources">
            <summary>{m.sources_title}</summary>
            <h4 class="cited-title">{m.rules_cited}</h4>
            <ol class="cited">{cited_list}</ol>
            <p class="data-year">{(m.sources_year)(ds.year)}</p>
            <ul class="sources">{ds.sources.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
        </details>
        {case.map(|case| answers_view(state, &case, m))}
        <p class="checked-on">{(m.checked_on)(&today())}</p>
        <button
            type="button"
            class="secondary print-button"
            on:click=move |_| {
                let _ = window().print();
            }
        >
            {m.print_button}
        </button>
    }
}

/// Opens a collapsed part of the result and moves focus to it.
fn open_and_focus(id: &str) {
    if let Some(el) = crate::find_id(id) {
        let _ = el.set_attribute("open", "");
    }
    focus_id(id);
}

fn tests_view(d: &Decision, names: &[String], m: &'static Messages) -> impl IntoView {
    let lang = m.lang;
    let rows = d
        .tests
        .iter()
        .zip(names)
        .map(|(t, name)| {
            let estimated = t.basis == Basis::Estimated;
            view! {
                <tr class:failed=!t.passed>
                    <th scope="row">{name.clone()}<span class="test-kind">{t.kind.text(lang)}</span></th>
                    <td class="money">{group_digits(t.value)}</td>
                    <td class="money">
                        <span class="amount">{group_digits(t.threshold)}</span>
                        <span class="basis" class:estimated=estimated>{format!("({})", t.basis.text(lang))}</span>
                    </td>
                    <td>{if t.passed { m.passed } else { m.failed }}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=m.tests_title>
            <table class="tests">
                <caption>{m.tests_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{m.col_household}</th>
                        <th scope="col">{m.col_value}</th>
                        <th scope="col">{m.col_threshold}</th>
                        <th scope="col">{m.col_result}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h4>{m.chart_title}</h4>
        {tests_chart(&d.tests, names, m)}
    }
}

/// On request, the patient household's limits for 1 to 8 people, its own size marked.
fn sizes_view(
    state: State,
    d: &Decision,
    case: &Case,
    m: &'static Messages,
) -> Option<impl IntoView> {
    let ds = state.dataset.get();
    let tier_id = d
        .tests
        .iter()
        .find(|t| t.household == HouseholdKind::Patient && t.kind == TestKind::Property)
        .and_then(|t| t.tier)?;
    let tier = ds.property.tier(tier_id)?;
    let group = state
        .disease
        .get()
        .and_then(|l| l.matched())
        .map_or(rules::Group::Rare, |d| d.group());
    let open = RwSignal::new(false);
    let lang = m.lang;
    let own = case.household.size;
    let patients = case.household.rare_patients;
    let age = case.age;
    let chart = move |kind: TestKind| {
        let query = ThresholdQuery {
            household: HouseholdKind::Patient,
            kind,
            group,
            tier,
            size: own,
            age,
        };
        let limits: Vec<(u32, i64)> = rules::thresholds::by_size(ds, query, patients, 1..=8)
            .into_iter()
            .map(|(n, t)| (n, t.value))
            .collect();
        let caption = format!(
            "{} — {}",
            (m.sizes_caption)(ds.year, tier.text(lang), group.text(lang)),
            kind.text(lang)
        );
        sizes_chart(&format!("sizes-{}", kind.code()), caption, &limits, own, m)
    };
    Some(view! {
        <button
            type="button"
            class="secondary"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls="sizes"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {move || if open.get() { m.sizes_hide } else { m.sizes_button }}
        </button>
        <div id="sizes" hidden=move || !open.get()>
            {move || open.get().then(|| view! { {chart(TestKind::Income)} {chart(TestKind::Property)} })}
        </div>
    })
}

/// "가까운 희귀질환 전문기관": the centres of the visitor's 권역, once a place is given.
fn centres_view(state: State, d: &Decision, m: &'static Messages) -> Option<impl IntoView> {
    let place = match state.place.get().status {
        crate::state::PlaceStatus::Found(p) => p,
        _ => return None,
    };
    if d.centres.is_empty() {
        return None;
    }
    let lang = m.lang;
    let found = rules::centres::for_sido(place.sido);
    let (from, to) = rules::centres::period();
    let year = state.dataset.get().year;
    let period = if (from..=to).contains(&year) {
        (m.centres_period)(from, to)
    } else {
        (m.centres_outside)(year, from, to)
    };
    let regions = found
        .regions
        .iter()
        .map(|r| {
            view! {
                <li>
                    <strong>{(m.centres_region)(r.text(lang))}</strong>
                    ": "
                    {r.centres.join(", ")}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div class="centres">
            <h3>{m.centres_title}</h3>
            <p>{m.centres_about}</p>
            {found.nearest.map(|n| view! { <p>{n.text(lang)}</p> })}
            <ul>{regions}</ul>
            <p class="hint">{period}" "{m.centres_helpline}</p>
        </div>
    })
}

/// The health centre named by the embedding page, if any.
fn centre_view(m: &'static Messages) -> Option<impl IntoView> {
    let centre: Centre = use_state().config.with_value(|c| c.centre.clone());
    if centre.is_empty() {
        return None;
    }
    let tel = centre.phone.as_ref().map(|p| {
        format!(
            "tel:{}",
            p.replace(|c: char| !c.is_ascii_digit() && c != '+', "")
        )
    });
    Some(view! {
        <dl class="centre">
            {centre.name.clone().map(|name| view! { <dt>{m.apply_at}</dt><dd>{name}</dd> })}
            {centre.phone.clone().map(|phone| view! { <dt>{m.phone_label}</dt><dd><a href=tel.clone()>{phone}</a></dd> })}
            {centre.address.clone().map(|address| view! { <dt>{m.address_label}</dt><dd>{address}</dd> })}
        </dl>
    })
}

/// Today's date, as the visitor's device has it: the printout says when it was made.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The answers the result rests on, so the printout can be checked at the health centre.
fn answers_view(state: State, case: &Case, m: &'static Messages) -> impl IntoView {
    let lang = m.lang;
    let won = |n: i64| match lang {
        Lang::Ko => korean_reading(n),
        Lang::En => format!("{} won", group_digits(n)),
    };
    let mut rows: Vec<(String, String)> = vec![
        (m.data_year.into(), case.year.to_string()),
        (
            m.summary_registered.into(),
            crate::fields::yes_no(case.special_calc_registered, m).into(),
        ),
        (m.disease_label.into(), case.disease.clone()),
        (m.age_label.into(), case.age.to_string()),
        (
            m.nationality_label.into(),
            case.nationality.text(lang).into(),
        ),
    ];
    if case.excluded_status != ExcludedStatus::None {
        rows.push((
            m.excluded_label.into(),
            case.excluded_status.text(lang).into(),
        ));
    }
    rows.push((m.coverage_label.into(), case.coverage.text(lang).into()));
    let place = state.place.get();
    if let (crate::state::PlaceStatus::Found(p), Some(tier)) = (&place.status, place.tier) {
        rows.push((
            m.place_label.into(),
            (m.tier_line)(&p.full_name(), case.year, tier.tier.text(lang)),
        ));
    }
    rows.push((
        m.summary_needs.into(),
        state
            .answers
            .wanted_items()
            .iter()
            .map(|i| i.text(lang))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    if case.coverage == Coverage::HealthInsurance {
        let h = &case.household;
        rows.push((
            HouseholdKind::Patient.text(lang).into(),
            format!(
                "{} · {} {} · {} {} · {} {}",
                (m.summary_people)(h.size),
                TestKind::Income.text(lang),
                won(h.monthly_income),
                TestKind::Property.text(lang),
                won(h.property),
                m.patients_label,
                h.rare_patients
            ),
        ));
        let a = state.answers;
        let list = a.obligors.get();
        for (o, answers) in case.obligor_households.iter().zip(&list) {
            let name = state
                .family
                .with(|r| household_label(answers, &r.obligors.households, &a, m));
            rows.push((
                name,
                format!(
                    "{} · {} {} · {} {}{}",
                    (m.summary_people)(o.size),
                    TestKind::Income.text(lang),
                    won(o.monthly_income),
                    TestKind::Property.text(lang),
                    won(o.property),
                    o.location
                        .as_ref()
                        .map(|l| format!(" · {l}"))
                        .unwrap_or_default()
                ),
            ));
        }
    }
    let mut special: Vec<&str> = Vec::new();
    for (on, text) in [
        (case.hemophilia.inhibitor, m.hemophilia_inhibitor),
        (case.hemophilia.hiv, m.hemophilia_hiv),
        (case.hemophilia.inpatient_exception, m.hemophilia_inpatient),
        (case.disability.registered, m.disability_registered),
        (
            case.disability.severe_physical_or_brain,
            m.disability_severe_physical,
        ),
        (case.disability.severe_kidney, m.disability_severe_kidney),
        (case.renting, m.renting_label),
        (case.owns_car, m.owns_car_label),
    ] {
        if on {
            special.push(text);
        }
    }
    for (answer, item) in [
        (case.on_sublist.assistive_devices, Item::AssistiveDevices),
        (case.on_sublist.ventilator, Item::Ventilator),
        (case.on_sublist.caregiving, Item::Caregiving),
        (case.on_sublist.special_diet, Item::SpecialDiet),
    ] {
        if answer == SublistAnswer::Yes {
            special.push(item.text(lang));
        }
    }
    if !special.is_empty() {
        rows.push((m.summary_special.into(), special.join(", ")));
    }
    view! {
        <details class="more" id="answers">
            <summary>{m.summary_title}</summary>
            <dl class="answers">
                {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
            </dl>
        </details>
    }
}

/// Once the case is complete, the verdict stays on screen wherever the visitor is in
/// the form: a bar at the bottom of the viewport that links to the result. It hides
/// while the result itself is in view, and never covers the focused field (the form's
/// fields keep a scroll margin as tall as the bar).
#[component]
fn VerdictBar(overall: Memo<Option<Verdict>>) -> impl IntoView {
    let state = use_state();
    let m = state.messages();
    let result_in_view = crate::embed::visible("result");
    let shown = move || overall.get().is_some() && !result_in_view.get();
    let style = crate::embed::bar_position();
    view! {
        <div class="verdict-bar" hidden=move || !shown() style=style>
            <p class=move || format!("bar-verdict {}", overall.get().map_or("", verdict_class))>
                {move || overall.get().map(|v| v.sentence(m.get().lang))}
            </p>
            <a href="#result" on:click=move |ev| {
                ev.prevent_default();
                focus_id("result-title");
            }>{move || m.get().verdict_bar_link}</a>
        </div>
    }
}
