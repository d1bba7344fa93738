"""A filled-in form on a web page, read as the record it shows (since set AG's
learning), for parsers.extract.html.

Forms are dropped from a page (a search box, a contact or feedback form: nothing of
the document); but a case system may print a completed FOI response as a <form> of
read-only fields, every value in a <textarea> or an <input>, and then the whole
response is in the fields' values, which are no text of the page. A form whose fields
carry values (two or more, or any field marked read-only or disabled with one) is such
a record: each field becomes its value's paragraphs (a textarea's lines, an input's
value) in place, its <label> kept where it stands, and the form is read as any other
block of the page. Empty fields and those the user cannot read (hidden, password,
buttons, tick boxes) give nothing.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

MIN_VALUES = 2
# a form holding the page's main content, or most of its text, wraps the page (an
# ASP.NET site puts every page in one <form>): it is no form of the document's
WRAPPER_TEXT_SHARE = 0.8
_MAIN_CONTENT = ("main", "article", "h1")
# inputs whose value is text a reader sees
_TEXT_INPUTS = {"", "text", "date", "email", "number", "tel", "url", "datetime-local", "month"}


def _value(field: Tag) -> str:
    if field.name == "textarea":
        return field.get_text()
    kind = (field.get("type") or "").lower()
    return str(field.get("value") or "") if kind in _TEXT_INPUTS else ""


def _locked(field: Tag) -> bool:
    return field.has_attr("readonly") or field.has_attr("disabled")


def _is_record(fields: list[Tag]) -> bool:
    valued = [f for f in fields if _value(f).strip()]
    return len(valued) >= MIN_VALUES or any(_locked(f) for f in valued)


def filled_forms_as_text(soup: BeautifulSoup) -> None:
    """Rewrite every form that records values (see the module's docstring) as a <div>
    of its labels and values, in place; other forms are left to be dropped."""
    for form in soup.find_all("form"):
        fields = form.find_all(["textarea", "input"])
        if not _is_record(fields):
            continue
        for field in fields:
            paras = [ln.strip() for ln in _value(field).split("\n") if ln.strip()]
            if not paras:
                field.decompose()
                continue
            box = soup.new_tag("div")
            box["class"] = "form-value"
            for text in paras:
                p = soup.new_tag("p")
                p.string = text
                box.append(p)
            field.replace_with(box)
        for label in form.find_all("label"):
            label.name = "p"  # a field's title: a line of its own, as the form shows it
        form.name = "div"


def _is_page_wrapper(form: Tag, page_text: int) -> bool:
    if form.find(_MAIN_CONTENT) or form.find(attrs={"role": "main"}):
        return True
    return page_text > 0 and len(form.get_text(" ", strip=True)) > WRAPPER_TEXT_SHARE * page_text


def unwrap_page_forms(soup: BeautifulSoup) -> None:
    """Keep the content of a form that wraps the page (its main content, or most of its
    text), as a browser shows it; only the forms inside the page are then dropped."""
    body = soup.body or soup
    page_text = len(body.get_text(" ", strip=True))
    for form in soup.find_all("form"):
        if form.parent is not None and _is_page_wrapper(form, page_text):
            form.unwrap()
