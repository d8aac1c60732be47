/// A page's schema.org description (`json_ld_html`): written as script-safe JSON from the typed
/// value it holds, which is also what the fingerprint hashes.
struct JSONLDScript: Encodable, Sendable, TemplateRepresentable {
    let schema: JSONLD.Schema

    func templateData(in context: TemplateData.Context) -> Any {
        var keeping = context
        keeping.keepsKeys = true
        return Markup.scriptSafeJSON(TemplateData.of(schema, in: keeping))
    }
}
