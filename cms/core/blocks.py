"""The shared StreamField block library used by every content page type."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]

slug_validator = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    _("Użyj małych liter, cyfr i myślników, np. stypendium-szkolne."),
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst nagłówka"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Poziom"),
        choices=[("h2", _("Nagłówek 2")), ("h3", _("Nagłówek 3")), ("h4", _("Nagłówek 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Nagłówek")


class AccessibleImageBlock(blocks.StructBlock):
    """An image that cannot be published without a text alternative."""

    image = ImageChooserBlock(label=_("Obraz"))
    alt_text = blocks.CharBlock(
        label=_("Tekst alternatywny"),
        max_length=250,
        help_text=_("Opisz, co przedstawia obraz (wymagane przez WCAG 2.1)."),
    )
    caption = blocks.CharBlock(label=_("Podpis"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Obraz")


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tytuł sekcji"), required=False, default="Do pobrania")
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Dokument")), label=_("Dokumenty"))

    class Meta:
        icon = "doc-full"
        label = _("Dokumenty do pobrania")


class AccessibleTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Podpis tabeli"), help_text=_("Krótko opisz zawartość tabeli (czytniki ekranu).")
    )
    table = TableBlock(
        label=_("Tabela"),
        table_options={"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False},
    )

    class Meta:
        icon = "table"
        label = _("Tabela")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Cytat"))
    attribution = blocks.CharBlock(label=_("Autor"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Cytat")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tytuł"), max_length=200)
    text = blocks.TextBlock(label=_("Opis"), required=False)
    page = blocks.PageChooserBlock(label=_("Strona"), required=False)
    url = blocks.URLBlock(label=_("lub adres URL"), required=False)
    link_label = blocks.CharBlock(label=_("Tekst przycisku"), max_length=80)

    class Meta:
        icon = "pick"
        label = _("Wezwanie do działania")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Wskaż stronę albo adres URL (dokładnie jedno)."))
                }
            )
        return value


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Pytanie"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Odpowiedź"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Pytanie i odpowiedź")


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tytuł"), required=False, default="Najczęstsze pytania")
    items = blocks.ListBlock(FAQItemBlock(), label=_("Pytania"))

    class Meta:
        icon = "list-ul"
        label = _("Pytania i odpowiedzi (FAQ)")


class EServiceBlock(blocks.StructBlock):
    """Embeds an e-service of the catalogue; the static site renders a link plus the widget."""

    service_slug = blocks.CharBlock(
        label=_("Identyfikator e-usługi"),
        max_length=80,
        validators=[slug_validator],
        help_text=_("Np. stypendium-szkolne. Lista usług: Katalog e-usług."),
    )
    intro = blocks.TextBlock(label=_("Wprowadzenie"), required=False)

    class Meta:
        icon = "form"
        label = _("E-usługa")


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Tekst"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = AccessibleImageBlock()
    documents = DocumentsBlock()
    table = AccessibleTableBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    eservice = EServiceBlock()
    embed = EmbedBlock(label=_("Osadzony materiał (np. film)"), icon="media")

    class Meta:
        label = _("Treść")
