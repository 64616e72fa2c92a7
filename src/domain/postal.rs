//! Where the case keeps an addressee's postal address. The address is
//! optional in the wizard; the post kit (`complaint::kit`) needs it, and the
//! check page asks for it when the person turns to sending by post.

use super::case::Case;
use super::content::AddresseeKind;

/// Where the case keeps the postal address of an addressee of `kind`
/// (a field's path, as `flow::FieldId::from_path` reads it).
pub fn address_path(kind: AddresseeKind) -> &'static str {
    match kind {
        AddresseeKind::Insurer => "insurer.address",
        AddresseeKind::Clinic => "clinic.address",
        AddresseeKind::Other => "facts.addressee_address",
    }
}

/// The addressee's postal address, empty when the person left it out: then
/// no envelope or list of contents is made (never «Куда: ______»).
pub fn postal_address(case: &Case, kind: AddresseeKind) -> &str {
    match kind {
        AddresseeKind::Insurer => case.insurer.address.as_str(),
        AddresseeKind::Clinic => case.clinic.address.as_str(),
        AddresseeKind::Other => case.fact("addressee_address"),
    }
    .trim()
}
