"""Chatbot and site search: content index, Polish retrieval, answer API, embeddable widget."""
