/** A labelled category <select> for GET filter forms; the empty option means "all". */
export function CategoryFilter(props: { id: string; name: string; label: string; allLabel: string; value: string; categories: { slug: string; name: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value}>
        <option value="">{props.allLabel}</option>
        {props.categories.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  )
}
