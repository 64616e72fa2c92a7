//! The registered-mail kit's address: the envelope and the list of contents
//! need where the letter goes. The addressee's address is optional in the
//! wizard; when the person turns to sending by post and it is missing, it is
//! asked here, and the kit's buttons wait for it (never «Куда: ______»).

use crate::domain::case::Case;
use crate::domain::content::AddresseeKind;
use crate::domain::postal;
use crate::flow::FieldId;
use crate::i18n::Lang;
use crate::ui::fields::{FrameProps, OnSet, Slot, TextField};
use yew::prelude::*;

/// The address's field and a message for the `i`th letter when its
/// addressee's postal address is missing; `None` when the kit can be made.
pub fn address_ask(
    lang: Lang,
    case: &Case,
    i: usize,
    addressee: &str,
    on_set: &OnSet,
) -> Option<Html> {
    let kind = lang
        .content()
        .addressee(addressee)
        .map_or(AddresseeKind::Other, |a| a.kind);
    if !postal::postal_address(case, kind).is_empty() {
        return None;
    }
    let field = FieldId::from_path(postal::address_path(kind))?;
    let t = lang.strings();
    let frame = FrameProps {
        slot: Slot::Case(field.clone()),
        label: lang.field_label(case, &field).into(),
        hint: None,
        optional: None,
        error: None,
        heading: None,
    };
    Some(html! {
        <>
            <p class="zh-panel" id={format!("zh-kit-address-{i}")}>{ t.kit_needs_address }</p>
            <TextField {frame} value={field.get(case)} on_set={on_set.clone()} multiline=true />
        </>
    })
}
