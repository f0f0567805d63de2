//! sourcelight: a news-article annotator (entities, quotes, attributions, hedges).
