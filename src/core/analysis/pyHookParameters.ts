// Parameters that follow `request` in a Python function but are objects the framework hands a hook, not captures of
// a URL pattern. Django middleware (`process_response(self, request, response)`, `process_view(..., view_func)`),
// REST framework permissions, filters and throttles (`has_permission(self, request, view)`,
// `filter_queryset(self, request, queryset, view)`), the admin (`save_model(self, request, obj, form, change)`) and
// exception handlers (`handler(request, exc)`) all take the request first, as a view does. A URL pattern names its
// captures after the values it cuts from the path (`<int:pk>`, `<slug:slug>`, `<str:name>`), never after these.

/** Names of the response, view, queryset, model object, form, exception and callables a hook receives. */
const HOOK_OBJECT =
  /^(response|resp|view|view_func|view_args|view_kwargs|callback|handler|call_next|get_response|queryset|qs|exception|exc|exc_type|exc_value|tb|obj|form|formset|change|model_admin|renderers|parsers|extra_context|renderer_context)$/;

/** The parameter is an object a request hook receives rather than a value cut from the URL. */
export function isHookObjectParameter(name: string): boolean {
  return HOOK_OBJECT.test(name);
}
