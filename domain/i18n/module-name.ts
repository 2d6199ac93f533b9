import { listProgrammeRules } from '../programme/programme-rules.registry';
import type { Locale } from './locale';

/**
 * The name of an intervention module template in `locale`, from the bundled programme rules
 * (each template has `nameId` and `nameEn`; the newest version naming the template wins). An id no
 * rules version knows is shown as itself.
 */
export function moduleTemplateName(locale: Locale, templateId: string): string {
  const rules = [...listProgrammeRules()].sort((a, b) => b.version - a.version);
  for (const r of rules) {
    const t = r.moduleTemplates.find((m) => m.id === templateId);
    if (t) return locale === 'id' ? t.nameId : t.nameEn;
  }
  return templateId;
}
