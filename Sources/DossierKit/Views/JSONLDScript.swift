/// A page's schema.org description (`json_ld_html`): script-safe JSON text of the object it holds,
/// which is also what the fingerprint hashes.
struct JSONLDScript: Sendable, TemplateRepresentable {
    let schema: JSONObject

    var viewDigest: ContentHash {
        var hash = ContentHash()
        schema.combine(into: &hash)
        return hash
    }

    func templateData(in context: TemplateData.Context) -> Any {
        Markup.scriptSafeJSON(schema.plain)
    }
}
