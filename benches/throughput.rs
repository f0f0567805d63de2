//! Tokens per second of the entity tagger and of the whole `annotate`, on
//! an article of our own writing repeated to a long text.
//!
//!     cargo bench --bench throughput
//!
//! divan prints the median time and the throughput in tokens per second
//! ("item/s"); each figure is for one core.

use divan::counter::ItemsCount;
use divan::Bencher;
use sourcelight::ner::Tagger;
use sourcelight::{annotate, Document, FormatChoice, Options};

fn main() {
    divan::main();
}

/// The test article, repeated: about 25,000 tokens.
fn long_text() -> String {
    let article = include_str!("../tests/articles/harbour-dispute.txt");
    article.repeat(100)
}

fn options() -> Options {
    Options {
        format: FormatChoice::Text,
    }
}

#[divan::bench]
fn whole_annotate(bencher: Bencher) {
    let text = long_text();
    let tokens = annotate(&text, &options())
        .expect("annotates")
        .document
        .tokens
        .len();
    bencher
        .counter(ItemsCount::new(tokens))
        .bench(|| annotate(divan::black_box(&text), &options()).expect("annotates"));
}

#[divan::bench]
fn tagger_alone(bencher: Bencher) {
    let text = long_text();
    let document = Document::parse(&text, options().format.resolve(&text));
    let sentences: Vec<Vec<&str>> = document
        .sentences
        .iter()
        .map(|s| s.tokens.clone().map(|t| document.word(t)).collect())
        .collect();
    let tagger = Tagger::embedded();
    bencher
        .counter(ItemsCount::new(document.tokens.len()))
        .bench(|| tagger.tag_document(divan::black_box(&sentences)));
}
