//! The result: the overall verdict in words, each item with its reasons, the visitor's
//! figures against each threshold, what to bring, how to apply, and the data used.
//! Everything shown comes from the `rules::Decision`; nothing is computed here.

use leptos::prelude::*;
use rules::{
    Basis, Case, CaseError, Coverage, Decision, ExcludedStatus, HouseholdKind, Nationality, Note,
    Region, SublistAnswer, TestKind, Verdict,
};

use crate::config::Centre;
use crate::form::{Answers, Reading};
use crate::i18n::{Lang, Messages};
use crate::money::group_digits;
use crate::{focus_id, use_messages};

type Outcome = Option<Result<Decision, CaseError>>;

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Likely => "verdict likely",
        Verdict::Unlikely => "verdict unlikely",
        Verdict::Review => "verdict review",
        Verdict::RegisterFirst => "verdict register-first",
        Verdict::NotApplicable => "verdict not-applicable",
    }
}

/// Notes about applying go under "how to apply"; the rest under "good to know".
fn is_about_applying(note: &Note) -> bool {
    matches!(
        note,
        Note::ApplyAtHealthCentre
            | Note::InvestigationTakesAMonth
            | Note::SupportFromApplication
            | Note::OnlineOpen
            | Note::OnlineClosed(_)
    )
}

#[component]
pub fn ResultPanel(reading: Memo<Reading>, outcome: Memo<Outcome>) -> impl IntoView {
    let m = use_messages();
    let lang = expect_context::<RwSignal<Lang>>();

    // Only the overall verdict is announced, and only when it changes: reading the whole
    // result on every keystroke would drown the questions.
    let announcement = Memo::new(move |_| {
        let m = m.get();
        outcome.with(|o| match o {
            Some(Ok(d)) => format!("{}: {}", m.result_title, m.overall(d.overall)),
            _ => String::new(),
        })
    });

    view! {
        <section class="result" aria-labelledby="result-title">
            <h2 id="result-title" tabindex="-1">{move || m.get().result_title}</h2>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announcement.get()}</p>
            {move || {
                let (m, lang) = (m.get(), lang.get());
                match outcome.get() {
                    Some(Ok(decision)) => {
                        let case = reading.with(|r| r.case.clone());
                        view! {
                            {decision_view(&decision, m, lang)}
                            {case.map(|case| answers_view(&case, m))}
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
                        .into_any()
                    }
                    Some(Err(_)) => view! { <p class="waiting">{m.result_invalid}</p> }.into_any(),
                    None => waiting_view(reading, m).into_any(),
                }
            }}
            <p class="disclaimer">{move || m.get().disclaimer}</p>
        </section>
    }
}

/// Before the case is complete: which questions are left, as links to them.
fn waiting_view(reading: Memo<Reading>, m: &'static Messages) -> impl IntoView {
    let answers = expect_context::<Answers>();
    let (missing, problems) =
        reading.with_untracked(|r| (r.missing.clone(), !r.problems.is_empty()));
    if problems {
        return view! { <p class="waiting">{m.result_invalid}</p> }.into_any();
    }
    if missing.len() >= 5 {
        return view! { <p class="waiting">{m.result_waiting}</p> }.into_any();
    }
    view! {
        <div class="waiting">
            <p>{m.result_missing}</p>
            <ul>
                {missing
                    .into_iter()
                    .map(|field| {
                        let label = field.label(m, |id| answers.obligor_number(id));
                        view! {
                            <li>
                                <a
                                    href=format!("#{}", field.id())
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_id(&field.id());
                                    }
                                >
                                    {label}
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

fn decision_view(d: &Decision, m: &'static Messages, lang: Lang) -> impl IntoView {
    let (applicable, not_applicable): (Vec<_>, Vec<_>) = d
        .items
        .iter()
        .partition(|i| i.verdict != Verdict::NotApplicable);
    let item_view = |item: &rules::ItemDecision| {
        view! {
            <li class="item">
                <div class="item-head">
                    <h4>{item.item.text(lang)}</h4>
                    <span class=verdict_class(item.verdict)>{item.verdict.text(lang)}</span>
                </div>
                <ul class="reasons">
                    {item.reasons.iter().map(|r| view! { <li>{r.text(lang)}</li> }).collect_view()}
                </ul>
            </li>
        }
    };
    let applicable_view = applicable.iter().map(|i| item_view(i)).collect_view();
    let not_applicable_count = not_applicable.len();
    let not_applicable_view = not_applicable.iter().map(|i| item_view(i)).collect_view();
    let (apply_notes, other_notes): (Vec<_>, Vec<_>) =
        d.notes.iter().partition(|n| is_about_applying(n));
    let dataset = d.notes.iter().find_map(|n| match n {
        Note::DataYear(y) => rules::dataset(*y),
        _ => None,
    });

    view! {
        <p class=format!("overall {}", verdict_class(d.overall))>{m.overall(d.overall)}</p>

        <h3>{m.items_title}</h3>
        <ul class="items">{applicable_view}</ul>
        {(not_applicable_count > 0).then(|| view! {
            <details class="help not-applicable">
                <summary>{format!("{} ({not_applicable_count})", Verdict::NotApplicable.text(lang))}</summary>
                <ul class="items">{not_applicable_view}</ul>
            </details>
        })}

        {(!d.tests.is_empty()).then(|| tests_view(d, m))}

        <h3>{m.documents_title}</h3>
        <ul class="checklist">
            {d.documents.iter().map(|doc| view! { <li>{doc.text(lang)}</li> }).collect_view()}
        </ul>

        <h3>{m.apply_title}</h3>
        {centre_view(m)}
        <p class="online">{if d.online_application { m.online_open } else { m.online_closed }}</p>
        <ul>{apply_notes.iter().map(|n: &&Note| view! { <li>{n.text(lang)}</li> }).collect_view()}</ul>

        <h3 class="notes-title">{m.notes_title}</h3>
        <ul class="notes">{other_notes.iter().map(|n: &&Note| view! { <li>{n.text(lang)}</li> }).collect_view()}</ul>

        {dataset.map(|ds| view! {
            <h3 class="sources-title">{m.sources_title}</h3>
            <p class="data-year">{(m.sources_year)(ds.year)}</p>
            <ul class="sources">{ds.sources.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
        })}
    }
}

fn tests_view(d: &Decision, m: &'static Messages) -> impl IntoView {
    view! {
        <h3>{m.tests_title}</h3>
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
                <tbody>
                    {d.tests
                        .iter()
                        .map(|t| {
                            let household = match t.household {
                                HouseholdKind::Patient => m.household_patient.to_string(),
                                HouseholdKind::Obligor => (m.household_obligor)(t.obligor_index.unwrap_or(1)),
                            };
                            let kind = match t.kind {
                                TestKind::Income => m.kind_income,
                                TestKind::Property => m.kind_property,
                            };
                            let basis = match t.basis {
                                Basis::Published => m.basis_published,
                                Basis::Derived => m.basis_derived,
                                Basis::Estimated => m.basis_estimated,
                            };
                            view! {
                                <tr class:failed=!t.passed>
                                    <th scope="row">{household}<span class="test-kind">{kind}</span></th>
                                    <td class="money">{group_digits(t.value)}</td>
                                    <td class="money">
                                        <span class="amount">{group_digits(t.threshold)}</span>
                                        <span class=if t.basis == Basis::Estimated { "basis estimated" } else { "basis" }>
                                            {format!("({basis})")}
                                        </span>
                                    </td>
                                    <td>{if t.passed { m.passed } else { m.failed }}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The health centre named by the embedding page, if any.
fn centre_view(m: &'static Messages) -> Option<impl IntoView> {
    let centre = use_context::<Centre>().filter(|c| !c.is_empty())?;
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
fn answers_view(case: &Case, m: &'static Messages) -> impl IntoView {
    let won = |n: i64| (m.won)(&group_digits(n));
    let region = |r: Region| match r {
        Region::Metropolitan => m.region_metropolitan,
        Region::MidCity => m.region_mid_city,
        Region::Rural => m.region_rural,
    };
    let mut rows: Vec<(String, String)> = vec![
        (m.data_year.into(), case.year.to_string()),
        (
            m.summary_registered.into(),
            if case.special_calc_registered {
                m.yes
            } else {
                m.no
            }
            .into(),
        ),
        (m.disease_label.into(), case.disease.clone()),
        (m.age_label.into(), case.age.to_string()),
        (
            m.nationality_label.into(),
            match case.nationality {
                Nationality::Korean => m.nationality_korean,
                Nationality::ForeignSpecial => m.nationality_foreign_special,
                Nationality::Foreign => m.nationality_foreign,
            }
            .into(),
        ),
    ];
    if case.excluded_status != ExcludedStatus::None {
        let status = match case.excluded_status {
            ExcludedStatus::LostNationality => m.excluded_lost_nationality,
            ExcludedStatus::Military => m.excluded_military,
            ExcludedStatus::Abroad => m.excluded_abroad,
            ExcludedStatus::Prison => m.excluded_prison,
            ExcludedStatus::CareFacility => m.excluded_care_facility,
            ExcludedStatus::Missing => m.excluded_missing,
            ExcludedStatus::Deceased => m.excluded_deceased,
            ExcludedStatus::None => m.excluded_none,
        };
        rows.push((m.excluded_label.into(), status.into()));
    }
    let coverage = match case.coverage {
        Coverage::HealthInsurance => m.coverage_health_insurance,
        Coverage::MedicalAid => m.coverage_medical_aid,
        Coverage::NearPoor => m.coverage_near_poor,
    };
    rows.push((m.coverage_label.into(), coverage.into()));
    if case.coverage == Coverage::HealthInsurance {
        let h = &case.household;
        rows.push((m.region_label.into(), region(case.region).into()));
        rows.push((
            m.household_patient.into(),
            format!(
                "{} · {} {} · {} {} · {} {}",
                (m.summary_people)(h.size),
                m.kind_income,
                won(h.monthly_income),
                m.kind_property,
                won(h.property),
                m.patients_label,
                h.rare_patients
            ),
        ));
        for (i, o) in case.obligor_households.iter().enumerate() {
            rows.push((
                (m.household_obligor)(i + 1),
                format!(
                    "{} · {} {} · {} {} · {}",
                    (m.summary_people)(o.size),
                    m.kind_income,
                    won(o.monthly_income),
                    m.kind_property,
                    won(o.property),
                    region(o.region.unwrap_or(case.region))
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
    for (answer, text) in [
        (
            case.on_sublist.assistive_devices,
            m.sublist_assistive_devices,
        ),
        (case.on_sublist.ventilator, m.sublist_ventilator),
        (case.on_sublist.caregiving, m.sublist_caregiving),
        (case.on_sublist.special_diet, m.sublist_special_diet),
    ] {
        if answer == SublistAnswer::Yes {
            special.push(text);
        }
    }
    if !special.is_empty() {
        rows.push((m.summary_special.into(), special.join(", ")));
    }
    view! {
        <h3>{m.summary_title}</h3>
        <dl class="answers">
            {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
        </dl>
    }
}
