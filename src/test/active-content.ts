/** Scripts, forms, event handlers and javascript: URLs left in sanitised HTML (should be none). */
export function activeContent(html: string): string[] {
  const container = document.createElement('div');
  container.innerHTML = html;
  const found: string[] = [];
  for (const element of container.querySelectorAll('*')) {
    if (['SCRIPT', 'FORM', 'OBJECT', 'EMBED'].includes(element.tagName))
      found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${element.tagName}[${attribute.name}]`);
      if (/^\s*javascript:/i.test(attribute.value)) {
        found.push(`${element.tagName}[${attribute.name}=javascript:]`);
      }
    }
  }
  return found;
}
