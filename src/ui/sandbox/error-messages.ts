// The sentence a learner reads for a refused model, share link or imported file, in the current
// (or a given) language: the error's code picks the message, its params fill it. A share link or
// file whose model breaks a rule says which rule, translated too.
import type { ImportError } from '../../formats/import-error';
import type { ShareLinkError } from '../../shared/share-link';
import type { SpecError } from '../../shared/spec-error';
import { t, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

/** What the editor shows at the layer (error.layerIndex; −1 = the model as a whole). */
export function specErrorMessage(error: SpecError, language?: Language): string {
  return t(`specErrors.${error.code}`, error.params, language);
}

export function shareLinkErrorMessage(error: ShareLinkError, language?: Language): string {
  const params: Record<string, string | number> = { ...error.params };
  if (error.specError) params.reason = specErrorMessage(error.specError, language);
  if (error.code === 'share.badSetting' && typeof params.setting === 'string') {
    params.setting = t(`sandboxSettingNames.${params.setting}` as MessageKey, undefined, language);
  }
  return t(`shareLinkErrors.${error.code.slice('share.'.length)}` as MessageKey, params, language);
}

export function importErrorMessage(error: ImportError, language?: Language): string {
  const params: Record<string, string | number> = { ...error.params };
  if (error.specError) params.reason = specErrorMessage(error.specError, language);
  return t(`importErrors.${error.code.slice('import.'.length)}` as MessageKey, params, language);
}
