//! Yew hello-world: one heading and one button, mounted like zhaloba.
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let clicks = use_state(|| 0);
    let onclick = {
        let clicks = clicks.clone();
        Callback::from(move |_| clicks.set(*clicks + 1))
    };
    html! {
        <main>
            <h1>{ "Привет" }</h1>
            <button type="button" {onclick}>{ format!("Нажато: {}", *clicks) }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
